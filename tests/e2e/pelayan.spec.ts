// Why: the office hub as its users meet it: the administrator connects the office's PC in Tetapan (a wrong fingerprint
// or password refused in words, a new hub claimed with its code), the header says when it last synced, a change made
// while the hub is down waits ("Luar talian") and goes up when it is back, and a site's PC that joined the office
// connects with its PPK's own password and receives the office's changes within seconds. A real hub on a real
// PostgreSQL, started here.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openHub, type Hub } from "../../server/hub";
import { memoryLog } from "../../server/log";
import { demo, expect, loadDemo, login, shot, test } from "./support";
import { joinPc } from "./exchange-support";

// The browser twin cannot be told a certificate to pin: it accepts the hub's self-signed one and checks the
// fingerprint the hub names in every answer (the Electron host pins the certificate itself).
test.use({ ignoreHTTPSErrors: true });
test.describe.configure({ mode: "serial" });

let hub: Hub;
let dir: string;
let port = 0;
const pgPort = 56000 + (process.pid % 3000);

async function startHub() {
  hub = await openHub({ dataDir: dir, port, host: "127.0.0.1", pgPort, log: memoryLog() });
  port = hub.port;
}

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "rekod-hub-e2e-"));
  await startHub();
});
test.afterAll(async () => {
  await hub?.shutdown("immediate");
  rmSync(dir, { recursive: true, force: true });
});

test("the office's PC connects to its hub, syncs by itself, and keeps changes waiting while the hub is down; a site's PC joins through it", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  await loadDemo(page);
  await login(page, demo.admin);
  await page.goto("/#/tetapan");
  const section = page.getByTestId("hub-section");
  await section.scrollIntoViewIfNeeded();
  await section.getByTestId("hub-address").fill(`127.0.0.1:${port}`);
  // A fingerprint of another certificate is refused before anything is sent.
  await section.getByTestId("hub-fingerprint").fill("ab".repeat(32));
  await section.getByTestId("hub-password").fill(demo.admin.password);
  await section.getByTestId("hub-connect").click();
  await expect(section.getByTestId("hub-error")).toContainText("Cap jari sijil pelayan tidak sepadan");
  // The right one, typed as people do (lower case, no colons); a new hub asks for its claim code.
  await section.getByTestId("hub-fingerprint").fill(hub.tls.fingerprint.replace(/:/g, "").toLowerCase());
  await section.getByTestId("hub-password").fill(demo.admin.password);
  await section.getByTestId("hub-connect").click();
  await expect(section.getByTestId("hub-claimCode")).toBeVisible();
  await section.getByTestId("hub-password").fill(demo.admin.password);
  await section.getByTestId("hub-claimCode").fill("AAAA-BBBB-CCCC");
  await section.getByTestId("hub-connect").click();
  await expect(section.getByText("Kod tuntutan salah.")).toBeVisible();
  await section.getByTestId("hub-password").fill(demo.admin.password);
  await section.getByTestId("hub-claimCode").fill(hub.claimCode);
  await section.getByTestId("hub-connect").click();
  await expect(section.getByTestId("hub-link")).toContainText(`https://127.0.0.1:${port}`);
  const status = page.getByTestId("hub-status");
  await expect(status).toHaveText(/Disegerakkan baru sahaja/, { timeout: 120_000 });
  const held = await hub.pool.query<{ n: string }>(
    "SELECT count(*) AS n FROM versions WHERE tbl = 'cases' AND shown",
  );
  expect(Number(held.rows[0]!.n)).toBeGreaterThan(50);
  await shot(page, "pelayan-disambung");
  await testInfo.attach("hub-section", { body: await section.screenshot(), contentType: "image/png" });

  // The hub goes down; a change made meanwhile waits, and the header says so.
  await hub.close();
  await hub.pool.end();
  await page.getByLabel("No. telefon").first().fill("03-2222 3333");
  await page.getByRole("button", { name: "Simpan", exact: true }).first().click();
  await expect(status).toHaveText(/Luar talian: \d+ perubahan menunggu/, { timeout: 60_000 });
  await expect(status).toHaveAttribute("data-tone", "offline");
  await shot(page, "pelayan-luar-talian");
  await startHub();
  await section.getByTestId("hub-sync-now").click();
  await expect(status).toHaveText(/Disegerakkan baru sahaja/, { timeout: 60_000 });
  const office = await hub.pool.query<{ phone: string }>(
    "SELECT body->>'phone' AS phone FROM versions WHERE tbl = 'office' AND shown",
  );
  expect(office.rows[0]!.phone).toBe("03-2222 3333");

  // A site's PC that joined the office after it was connected syncs with the hub from its PPK's first sign-in,
  // with the PPK's own password: the join file carried the hub's address and fingerprint.
  const site = await joinPc(page, browser, "PC PPR Seri Pahang", /SPH/, testInfo.outputPath("sph.rkjoin"));
  await login(site, demo.aminah);
  await expect(site.getByTestId("hub-status")).toHaveText(/Disegerakkan baru sahaja/, { timeout: 120_000 });
  // The PPK has no Tetapan: the status opens Pertukaran data, where the hub's section is.
  await site.getByTestId("hub-status").click();
  await expect(site).toHaveURL(/#\/pertukaran$/);
  await expect(site.getByTestId("hub-link")).toContainText(`https://127.0.0.1:${port}`);
  await shot(site, "pelayan-pc-tapak");
  // The site's cases came from the hub (a join file carries only the office, its sites and users).
  await site.goto("/#/buku-rekod");
  await expect(site.getByRole("row").nth(1)).toBeVisible({ timeout: 30_000 });
});
