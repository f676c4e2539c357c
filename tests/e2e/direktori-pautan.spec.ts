// Why: one directory used everywhere (issue 13 item 1): a PPK refers a case to an organisation picked by typing words
// of its name, names two directory partners of a programme (on its page and in the programme report), ties a meeting
// attendee to an organisation, and finds all three on that organisation's entry page.
import { readFile } from "node:fs/promises";
import { type Page } from "@playwright/test";
import JSZip from "jszip";
import {
  MONTHS,
  choose,
  demo,
  expect,
  loadDemo,
  login,
  pickOrganisation,
  shot as fullShot,
  test,
  testDay,
} from "./support";

const PERTIWI = "Pertubuhan Tindakan Wanita Islam (PERTIWI)";
const MAKNA = "Majlis Kanser Nasional (MAKNA)";
const TITLE = "Bengkel Kesedaran Kanser untuk Ibu Tunggal";
const VENUE = "Bilik Gerakan Blok D";
const ATTENDEE = "Puan Rohani binti Ismail";

/** Full-page screenshot taken from the top, so the fixed header is drawn where it belongs. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

/** The window as it is, with an open list left open (a full-page shot or a scroll would close it). */
async function openShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

test("a PPK refers a case, names programme partners and ties a meeting attendee to directory entries, then sees them on the entry", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await loadDemo(page);
  await login(page, demo.aminah);

  // 1. A referral: the organisation is found by words of its name typed in any order; each match shows its kind.
  await page.goto("/#/buku-rekod?status=baru");
  await page.getByTestId("register-row").first().getByRole("link").click();
  const caseNo = (await page.getByTestId("case-title").textContent())!.trim();
  const panel = page.getByTestId("case-referrals");
  await panel.getByRole("button", { name: "Rujuk kes" }).click();
  const referForm = panel.getByTestId("refer-form");
  await referForm.getByRole("combobox", { name: "Agensi / organisasi" }).fill("wanita tindakan");
  const option = page.getByRole("option", { name: new RegExp(`^${PERTIWI.replace(/[()]/g, "\\$&")}`) });
  await expect(option).toHaveCount(1);
  await expect(option).toContainText("NGO");
  await expect(page.getByRole("option")).toHaveCount(1);
  await openShot(page, "direktori-pautan-rujukan-pilih");
  await option.click();
  await expect(referForm.getByRole("combobox", { name: "Agensi / organisasi" })).toHaveValue(PERTIWI);
  await referForm.getByLabel("Sebab dirujuk").fill("Kaunseling dan sokongan untuk ibu tunggal");
  await shot(page, "direktori-pautan-rujukan");
  await referForm.getByRole("button", { name: "Simpan rujukan" }).click();
  await expect(panel.getByTestId("referral-organisation").first()).toHaveText(PERTIWI);

  // 2. A programme with two directory partners, picked by typing, and one partner typed freely.
  await page.goto("/#/program");
  await page.getByRole("link", { name: "Program baharu" }).click();
  const form = page.getByTestId("programme-form");
  await form.getByLabel("Nama program / aktiviti").fill(TITLE);
  await choose(page, "Kategori (5P)", "Pencegahan");
  await choose(page, "Kaedah", "Taklimat");
  await form.getByLabel("Tempat").fill("Dewan Serbaguna Blok C");
  await pickOrganisation(page, "Rakan strategik (direktori)", "kanser", MAKNA);
  await pickOrganisation(page, "Rakan strategik (direktori)", "pertiwi", PERTIWI);
  await page.keyboard.press("Escape");
  await form.getByLabel("Rakan strategik lain").fill("Klinik Kesihatan Pantai");
  await shot(page, "direktori-pautan-program-borang");
  await form.getByRole("button", { name: "Simpan program" }).click();
  await expect(page.getByTestId("programme-title")).toHaveText(TITLE);
  const programmeUrl = page.url();
  await expect(page.getByTestId("programme-partners")).toHaveText(
    `Rakan strategik: ${MAKNA}; ${PERTIWI}; Klinik Kesihatan Pantai`,
  );
  await shot(page, "direktori-pautan-program");

  // ... and in the programme report, in the preview and in the Word file.
  await page.goto("/#/laporan");
  await page.getByRole("button", { name: "Laporan Pelaksanaan Program dan Aktiviti PPR" }).click();
  const [year, monthNo] = testDay().split("-").map(Number) as [number, number];
  await choose(page, "Tahun", String(year));
  await choose(page, "Bulan laporan", MONTHS[monthNo - 1]!);
  const partners = `${MAKNA}; ${PERTIWI}; Klinik Kesihatan Pantai`;
  await expect(page.getByTestId("program-table")).toContainText(TITLE);
  await expect(page.getByTestId("program-table")).toContainText(partners);
  await shot(page, "direktori-pautan-laporan");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  const path = await (await download).path();
  await (await download).saveAs("test-results/direktori-pautan/pelaksanaan-program.docx");
  const xml = await (await JSZip.loadAsync(await readFile(path))).file("word/document.xml")!.async("string");
  expect(xml).toContain("Majlis Kanser Nasional (MAKNA); Pertubuhan Tindakan Wanita Islam (PERTIWI)");

  // 3. A meeting whose attendee came for a directory organisation.
  await page.goto("/#/perjumpaan");
  await page.getByRole("link", { name: "Perjumpaan baharu" }).click();
  const meetingForm = page.getByTestId("meeting-form");
  await meetingForm.getByLabel("Masa mula").fill("10:00");
  await choose(page, "Jenis", "Perbincangan");
  await meetingForm.getByLabel("Tempat").fill(VENUE);
  await meetingForm.getByRole("textbox", { name: "Nama hadirin lain" }).fill(ATTENDEE);
  await meetingForm.getByRole("button", { name: "Tambah hadirin" }).click();
  await pickOrganisation(page, `Organisasi ${ATTENDEE}`, "pertiwi", PERTIWI);
  await expect(meetingForm.getByRole("combobox", { name: `Organisasi ${ATTENDEE}` })).toHaveValue(PERTIWI);
  await shot(page, "direktori-pautan-perjumpaan");
  await meetingForm.getByRole("button", { name: "Simpan perjumpaan" }).click();
  await expect(page.getByTestId("meeting-title")).toContainText("Perbincangan");
  await expect(
    page.getByTestId("meeting-form").getByRole("combobox", { name: `Organisasi ${ATTENDEE}` }),
  ).toHaveValue(PERTIWI);

  // 4. The organisation's entry lists the referral, the programme and the meeting.
  await page.goto(programmeUrl);
  await page.getByTestId("programme-partners").getByRole("link", { name: PERTIWI }).click();
  await expect(page).toHaveURL(/#\/direktori\/[^/]+$/);
  await expect(page.getByTestId("directory-title")).toHaveText(PERTIWI);
  await expect(page.getByTestId("directory-referral").filter({ hasText: caseNo })).toContainText(
    "Kaunseling dan sokongan untuk ibu tunggal",
  );
  await expect(page.getByTestId("directory-programme").filter({ hasText: TITLE })).toHaveCount(1);
  await expect(page.getByTestId("directory-meeting").filter({ hasText: VENUE })).toContainText(ATTENDEE);
  await shot(page, "direktori-pautan-entri");
});
