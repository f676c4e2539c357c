// Why: the directory kept fresh, as the PKMD does it: confirm an entry from "Perlu disemak" in one action, merge an
// organisation typed twice (its referral moves to the kept entry), then undo the merge from the Tong Sampah.
import { type Page } from "@playwright/test";
import { demo, expect, loadDemo, login, shot as fullShot, shownDay, test } from "./support";

const KEPT = "Klinik Kesihatan Pantai";
const TWICE = "Klinik Kesihatan Seri Pantai";

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

/** Refers an open demo case to the clinic typed again under another name, added inline; returns the case's address. */
async function referToTypedTwice(page: Page): Promise<string> {
  await page.goto("/#/buku-rekod?status=baru");
  await page.getByTestId("register-row").first().getByRole("link").click();
  await expect(page.getByTestId("case-title")).toBeVisible();
  const caseUrl = page.url();
  const panel = page.getByTestId("case-referrals");
  await panel.getByRole("button", { name: "Rujuk kes" }).click();
  const referForm = panel.getByTestId("refer-form");
  await referForm.getByRole("button", { name: "Tambah organisasi baharu" }).click();
  const orgForm = referForm.getByTestId("organisation-form");
  await orgForm.getByLabel("Nama organisasi").fill(TWICE);
  await orgForm.getByRole("combobox", { name: "Jenis" }).click();
  await page.getByRole("option", { name: "Klinik / Hospital", exact: true }).click();
  await orgForm.getByLabel("No. telefon").fill("03-2282 5000");
  await orgForm.getByRole("button", { name: "Simpan organisasi" }).click();
  await expect(orgForm).toHaveCount(0);
  await referForm.getByLabel("Sebab dirujuk").fill("Pemeriksaan kesihatan dan rawatan susulan");
  await referForm.getByRole("button", { name: "Simpan rujukan" }).click();
  await expect(panel.getByTestId("referral-organisation")).toContainText([TWICE]);
  return caseUrl;
}

test("the PKMD confirms an entry from Perlu disemak, merges two duplicates and undoes the merge from Tong Sampah", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.pkmd);

  // Home: the demo's every fourth entry was last confirmed over a year ago.
  const homeCount = page.getByTestId("home-directory-review-count");
  await expect(homeCount).toHaveText("2 entri direktori belum disahkan dalam 12 bulan.");
  await page.getByTestId("home-directory-review").getByRole("link", { name: "Buka senarai" }).click();

  // Perlu disemak: oldest first; one action confirms, today.
  await expect(page.getByTestId("review-title")).toHaveText("Perlu disemak");
  const rows = page.getByTestId("review-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "Persatuan Penduduk PPR Seri Pantai" })).toContainText(shownDay(-400));
  await shot(page, "direktori-semak");
  await page.getByRole("button", { name: "Sahkan Persatuan Penduduk PPR Seri Pantai" }).click();
  await expect(
    page.getByText(`Persatuan Penduduk PPR Seri Pantai disahkan pada ${shownDay()}.`),
  ).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("PERKESO Kuala Lumpur");
  await expect(page.getByTestId("review-count")).toHaveText("1 entri");
  await shot(page, "direktori-semak-disahkan");

  // The same clinic typed again while referring a case: a likely duplicate (an alike name, the same phone).
  const caseUrl = await referToTypedTwice(page);
  await page.getByRole("link", { name: "Pendua direktori" }).click();
  const pair = page.getByTestId("duplicate-row").filter({ hasText: TWICE });
  await expect(pair).toHaveCount(1);
  await expect(pair).toContainText(KEPT);
  await expect(pair).toContainText("Nama serupa, kawasan sama");
  await expect(pair).toContainText("Telefon sama");
  await shot(page, "direktori-pendua");
  // Each entry named in the pair opens its own page.
  await pair.getByRole("link", { name: TWICE, exact: true }).click();
  await expect(page.getByTestId("directory-title")).toHaveText(TWICE);
  await page.goBack();
  await pair.getByRole("link", { name: "Banding & gabung" }).click();

  // Side by side: the older entry is kept by default; its referrals and the other's are counted.
  const table = page.getByTestId("merge-table");
  await expect(table.getByRole("radio", { name: `Simpan entri ini: ${KEPT}` })).toBeChecked();
  await expect(table.getByRole("row", { name: /Disahkan pada/ })).toContainText("Belum pernah");
  await expect(page.getByTestId("merge-refs").nth(1)).toHaveText(
    "1 rujukan kes, 0 program, 0 perjumpaan, 0 jelajah KPN",
  );
  await expect(page.getByText(`Semua rujukan kepada "${TWICE}" akan dipindahkan ke "${KEPT}"`)).toBeVisible();
  await shot(page, "direktori-gabung");
  await page.getByRole("button", { name: "Gabungkan" }).click();
  await expect(page.getByText(`"${TWICE}" digabungkan ke "${KEPT}".`)).toBeVisible();
  await expect(page.getByTestId("duplicates-empty")).toBeVisible();

  // The case's referral now names the kept entry.
  await page.goto(caseUrl);
  await expect(page.getByTestId("referral-organisation")).toContainText([KEPT]);
  await expect(page.getByTestId("case-referrals")).not.toContainText(TWICE);

  // Undo from the Tong Sampah: the entry is back and its referral with it.
  await page.getByRole("link", { name: "Tong Sampah" }).click();
  await expect(page.getByTestId("bin-table")).toContainText(`${TWICE} (digabungkan ke ${KEPT})`);
  await shot(page, "direktori-tong-sampah");
  await page
    .getByTestId("bin-table")
    .getByRole("row", { name: new RegExp(TWICE) })
    .getByRole("button", { name: "Pulihkan" })
    .click();
  await expect(page.getByTestId("bin-table").or(page.getByTestId("bin-empty"))).not.toContainText(TWICE);
  await page.goto(caseUrl);
  await expect(page.getByTestId("referral-organisation")).toContainText([TWICE]);
  await page.goto("/#/direktori/pendua");
  await expect(page.getByTestId("duplicate-row").filter({ hasText: TWICE })).toHaveCount(1);

  // The log names each step in Malay.
  await page.getByRole("link", { name: "Log Audit" }).click();
  const audit = page.getByTestId("audit-table");
  await expect(audit).toContainText("Gabung pendua");
  await expect(audit).toContainText("Sahkan maklumat");
  await shot(page, "direktori-audit");
});
