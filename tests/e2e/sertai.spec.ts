// Why: issue 14, "a second PC joins the office", with two browser profiles (two IndexedDBs): the administrator makes a
// join file on the office's PC, and a fresh PC joins with it (after a wrong file and a wrong passphrase, which change
// nothing) and its users log in with their usual passwords.
import { writeFileSync } from "node:fs";
import { freshPc } from "./exchange-support";
import { choose, demo, expect, loadDemo, login, shot, test } from "./support";

test("a second PC joins the demo office with a join file and its passphrase", async ({ browser }, info) => {
  test.setTimeout(240_000);
  // PC A: the office's PC (PC 0), with the demo office.
  const a = await freshPc(browser);
  await loadDemo(a);
  await login(a, demo.admin);
  await a.getByRole("link", { name: "Tetapan", exact: true }).click();
  const section = a.getByTestId("join-section");
  await expect(section).toContainText("PC ini: PC pejabat (nombor 0), tapak: Seluruh daerah.");
  await section.getByTestId("join-start").click();
  await section.getByTestId("join-name").fill("PC PPR Seri Pahang");
  await choose(a, "Tapak yang diurus oleh PC baharu", /^SPH · PPR Seri Pahang/);
  const passphrase = await section.getByTestId("join-passphrase").inputValue();
  expect(passphrase.length).toBeGreaterThanOrEqual(12);
  // A passphrase too short is refused in place.
  await section.getByTestId("join-passphrase").fill("pendek");
  await section.getByTestId("join-make").click();
  await expect(section.getByText("Kata laluan terlalu pendek: sekurang-kurangnya 12 aksara.")).toBeVisible();
  await section.getByTestId("join-passphrase").fill(passphrase);
  await section.screenshot({ path: "test-results/screens/sertai-buat-fail.png" });
  const download = a.waitForEvent("download");
  await section.getByTestId("join-make").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("sertai-pc-ppr-seri-pahang.rkjoin");
  const joinFile = info.outputPath("sertai.rkjoin");
  await file.saveAs(joinFile);
  await expect(section.getByTestId("join-made")).toContainText("PC nombor 1");
  await expect(section.getByTestId("join-made-passphrase")).toHaveText(passphrase);
  await expect(section.getByTestId("join-pcs")).toContainText("PC PPR Seri Pahang");
  await expect(section.getByTestId("join-pcs")).toContainText("SPH");
  await section.screenshot({ path: "test-results/screens/sertai-fail-dibuat.png" });

  // PC B: a fresh profile. First-run setup offers to join.
  const b = await freshPc(browser);
  await b.goto("/");
  await b.getByRole("button", { name: "Sertai pejabat sedia ada" }).click();
  await expect(b.getByTestId("join-panel")).toBeVisible();
  await shot(b, "sertai-persediaan");
  const pick = async (path: string) => {
    const chooser = b.waitForEvent("filechooser");
    await b.getByTestId("join-pick").click();
    await (await chooser).setFiles(path);
  };
  const notJoin = info.outputPath("bukan.rkjoin");
  writeFileSync(notJoin, "Nama,MyKad\nAli,900101-14-5678\n");
  await pick(notJoin);
  await expect(b.getByTestId("join-file-error")).toHaveText(
    "Fail ini bukan fail sertai Rekod Komuniti. Pilih fail .rkjoin yang dibuat di PC pejabat.",
  );
  await pick(joinFile);
  await expect(b.getByText("Fail: sertai.rkjoin")).toBeVisible();
  await b.getByTestId("join-file-passphrase").fill(`${passphrase} salah`);
  await b.getByTestId("join-submit").click();
  await expect(b.getByTestId("join-file-error")).toHaveText(
    "Kata laluan salah. Semak kata laluan yang dibacakan oleh pentadbir dan cuba lagi.",
    { timeout: 30_000 },
  );
  await shot(b, "sertai-kata-laluan-salah");
  // Nothing was written: the setup screen is still there.
  await expect(b.getByRole("button", { name: "Cuba dengan data contoh" })).toBeVisible();

  await b.getByTestId("join-file-passphrase").fill(passphrase);
  await b.getByTestId("join-submit").click();
  await expect(b.getByRole("button", { name: "Log masuk" })).toBeVisible({ timeout: 30_000 });
  await expect(b.getByText("PC ini telah menyertai pejabat")).toBeVisible();
  await shot(b, "sertai-log-masuk");
  await login(b, demo.aminah);
  await expect(b.getByTestId("current-user")).toContainText("Aminah");
  await shot(b, "sertai-utama-pc-b");

  // On the joined PC, Tetapan names it and makes no join files.
  await b.getByRole("button", { name: "Log keluar" }).click();
  await login(b, demo.admin);
  await b.getByRole("link", { name: "Tetapan", exact: true }).click();
  const onB = b.getByTestId("join-section");
  await expect(onB).toContainText("PC ini: PC PPR Seri Pahang (nombor 1), tapak: SPH.");
  await expect(onB.getByTestId("join-not-office-pc")).toHaveText(
    "Fail sertai hanya dibuat pada PC pertama pejabat (PC yang menyediakan pejabat). Buat fail sertai di PC itu.",
  );
  await expect(onB.getByTestId("join-start")).toHaveCount(0);
  await onB.screenshot({ path: "test-results/screens/sertai-tetapan-pc-b.png" });
});
