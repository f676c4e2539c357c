import ExcelJS from "exceljs";
import { choose, demo, loadDemo, login, pickByKeyboard, shot, expect, test } from "./support";

test("a PPK records a walk-in case without the mouse; the record number is given on save", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/buku-rekod/baru");
  const kb = page.keyboard;
  await expect(page.getByTestId("person-search")).toBeFocused();
  await kb.type("900512-14-5567");
  await expect(page.getByText("Tiada padanan")).toBeVisible();
  await kb.press("Enter");
  // The registration form opens with the MyKad filled in and the cursor on the name.
  await expect(page.getByLabel("Nama penuh")).toBeFocused();
  await kb.type("Rosnah binti Abdullah");
  await expect(page.getByRole("textbox", { name: "Tarikh lahir" })).toHaveValue("12/05/1990");
  await expect(page.getByRole("combobox", { name: "Jantina" })).toHaveValue("Lelaki");
  // Ethnic group and marital status start empty and are asked for by name, never filled in silently.
  await expect(page.getByRole("combobox", { name: "Keturunan" })).toHaveValue("");
  await expect(page.getByRole("combobox", { name: "Taraf perkahwinan" })).toHaveValue("");
  await page.getByLabel("No. unit").focus();
  await kb.type("C-07-03");
  await kb.press("Control+Enter");
  await expect(page.getByText("Pilih keturunan.")).toBeVisible();
  await expect(page.getByText("Pilih taraf perkahwinan.")).toBeVisible();
  await shot(page, "walk-in-person-choices");
  await page.getByRole("combobox", { name: "Keturunan" }).focus();
  await pickByKeyboard(page, "Keturunan", "Mel", "Melayu");
  await page.getByRole("combobox", { name: "Taraf perkahwinan" }).focus();
  await pickByKeyboard(page, "Taraf perkahwinan", "Berk", "Berkahwin");
  await shot(page, "walk-in-person");
  await kb.press("Control+Enter");
  await expect(page.getByText("Jantina tidak sepadan")).toHaveCount(0);
  await expect(page.getByTestId("case-person")).toContainText("Rosnah binti Abdullah");

  // The case form: focus starts on the target group; typing filters, Enter picks.
  await expect(page.getByRole("combobox", { name: "Kumpulan sasar" })).toBeFocused();
  await pickByKeyboard(page, "Kumpulan sasar", "Ibu Tung", "Ibu Tunggal");
  await kb.press("Tab");
  await pickByKeyboard(page, "Perkhidmatan", "Rujukan", "Rujukan ke Agensi");
  await page.getByLabel("Masalah / keperluan").focus();
  await kb.type("Tunggakan sewa rumah PPR tiga bulan");
  await kb.press("Tab");
  await kb.type("Dirujuk kepada pusat zakat");
  await shot(page, "walk-in-case");
  await kb.press("Control+Enter");
  await expect(page.getByTestId("case-title")).toHaveText(/^SPH\/\d{4}\/\d{4}$/);
  await expect(page.getByTestId("case-status")).toHaveText("Baru");
  await expect(page.getByRole("combobox", { name: "Kumpulan sasar" })).toHaveValue("Ibu Tunggal");
  await shot(page, "case-page");
});

test("a walk-in registered from a typed name keeps the name and goes on to the MyKad", async ({ page }) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/buku-rekod/baru");
  await expect(page.getByTestId("person-search")).toBeFocused();
  await page.keyboard.type("Zainal bin Abu Samah");
  await expect(page.getByText("Tiada padanan")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Nama penuh")).toHaveValue("Zainal bin Abu Samah");
  await expect(page.getByLabel("No. dokumen (MyKad)")).toBeFocused();
});

test("bad input is refused in place: impossible MyKad, duplicate MyKad, follow-up before the case date", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/orang/baru");
  await page.getByLabel("No. dokumen (MyKad)").fill("901332-14-5567");
  await page.getByLabel("Nama penuh").fill("Orang Ujian");
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(page.getByText("Tarikh lahir dalam No. MyKad tidak wujud.")).toBeVisible();

  // An existing MyKad is recognised before saving, and refused if saved anyway.
  await page.goto("/#/buku-rekod");
  await page.getByTestId("register-row").first().getByRole("link").click();
  const personLink = page.locator("main a[href^='#/orang/']").first();
  const name = (await personLink.textContent())!.trim();
  await personLink.click();
  const existingMyKad = await page.getByLabel("No. dokumen (MyKad)").inputValue();
  await page.goto("/#/orang/baru");
  await page.getByLabel("No. dokumen (MyKad)").fill(existingMyKad.replace(/-/g, ""));
  await expect(page.getByTestId("existing-person")).toContainText(name);
  await page.getByLabel("Nama penuh").fill("Pendua Ujian");
  await choose(page, "Keturunan", "Cina");
  await choose(page, "Taraf perkahwinan", "Bujang");
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(page.getByText(`No. MyKad ini sudah didaftarkan untuk ${name}.`)).toBeVisible();
  await shot(page, "duplicate-mykad");

  // Follow-up before the case date.
  await page.goto("/#/buku-rekod");
  await page.getByTestId("register-row").first().getByRole("link").click();
  const caseForm = page.getByTestId("case-form");
  const caseDate = await caseForm.getByRole("textbox", { name: "Tarikh", exact: true }).inputValue();
  const [d, m, y] = caseDate.split("/").map(Number) as [number, number, number];
  const before = new Date(Date.UTC(y, m - 1, d - 1));
  const typed = `${String(before.getUTCDate()).padStart(2, "0")}/${String(before.getUTCMonth() + 1).padStart(2, "0")}/${before.getUTCFullYear()}`;
  const followUp = caseForm.getByRole("textbox", { name: "Tarikh susulan" });
  await followUp.fill(typed);
  await followUp.press("Enter");
  await caseForm.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Tarikh susulan tidak boleh sebelum tarikh kes.")).toBeVisible();
});

test("search finds a person by part of a name and by MyKad with dashes; the register filters and exports what it shows", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/buku-rekod");
  await page.getByTestId("register-row").first().getByRole("link").click();
  const personLink = page.locator("main a[href^='#/orang/']").first();
  const name = (await personLink.textContent())!.trim();
  await personLink.click();
  const mykad = await page.getByLabel("No. dokumen (MyKad)").inputValue();

  await page.keyboard.press("Control+K");
  const input = page.getByTestId("search-input");
  await expect(input).toBeFocused();
  const words = name.split(" ");
  await input.fill(`${words[0]!.slice(0, 3).toUpperCase()} ${words.at(-1)!.slice(0, 4)}`);
  await expect(page.getByTestId("search-person").filter({ hasText: name }).first()).toBeVisible();
  await input.fill(mykad);
  await expect(page.getByTestId("search-person")).toHaveCount(1);
  await expect(page.getByTestId("search-case").first()).toBeVisible();
  await shot(page, "search");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("person-title")).toHaveText(name);

  await page.goto("/#/buku-rekod?status=baru");
  const count = page.getByTestId("register-count");
  await expect(count).toHaveText(/^\d+ kes$/);
  const n = Number((await count.textContent())!.split(" ")[0]);
  await expect(page.getByTestId("register-row").first()).toBeVisible();
  await shot(page, "register-filtered");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Eksport Excel" }).click();
  const file = await (await download).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  const values = Array.from(ws.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
  const header = values.findIndex((r) => r[0] === "Bil.");
  expect(values[header]).toEqual(
    expect.arrayContaining(["No. Rekod", "Nama", "No. KP", "Kumpulan Sasar", "Status"]),
  );
  expect(values.some((r) => r[0] === "SULIT")).toBe(true);
  const rows = values.slice(header + 1).filter((r) => typeof r[0] === "number");
  expect(rows).toHaveLength(n);
  expect(rows.every((r) => r[12] === "Baru")).toBe(true);
  expect(ws.pageSetup.orientation).toBe("landscape");
  // A date range set back to front is named at the field, not left as an unexplained empty list.
  await page.goto("/#/buku-rekod?dari=2026-11-10&hingga=2026-11-01");
  await expect(page.getByText("Tarikh 'Hingga' sebelum 'Dari'.")).toBeVisible();
  await expect(page.getByTestId("register-empty")).toBeVisible();
});
