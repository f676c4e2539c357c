// Why: the PKMD makes the district's Direktori CBO from the Laporan screen (CBO and NGO by default, or every kind), saves
// the Word booklet and the Excel list, then the A5 booklet with how to print it folded.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { overlaps, pdfPages, smallWords } from "./pdf-boxes";
import { printToPdf } from "./print-pdf";
import { MONTHS, choose, demo, expect, loadDemo, login, shot, testDay, test } from "./support";

test("the PKMD saves the Direktori CBO as a Word booklet and an Excel list, then as an A5 booklet", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.pkmd);
  await page.goto("/#/laporan");
  await page.getByRole("button", { name: "Direktori CBO" }).click();

  // The whole district as it stands today: no month to choose; CBO and NGO, active ones, by default.
  await expect(page.getByRole("combobox", { name: "Bulan" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Jenis organisasi" })).toHaveValue("CBO dan NGO");
  const summary = page.getByTestId("direktori-summary");
  const count = async () => Number(/^(\d+) organisasi/.exec((await summary.textContent()) ?? "")?.[1]);
  await expect(summary).toContainText("organisasi");
  const communityOnly = await count();
  const table = page.getByTestId("direktori-table");
  await expect(table).toContainText("Yayasan Kebajikan Negara");
  await expect(table).not.toContainText("Klinik Kesihatan Pantai");

  await choose(page, "Jenis organisasi", "Semua jenis");
  await expect(table).toContainText("Klinik Kesihatan Pantai");
  const everyKind = await count();
  expect(everyKind).toBeGreaterThan(communityOnly);
  await shot(page, "direktori-buku-a4");

  const day = testDay(0);
  const saved = async (button: "Simpan Word" | "Simpan Excel") => {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: button }).click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  };
  const docXml = async (bytes: Buffer) =>
    (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");

  const word = await saved("Simpan Word");
  expect(word.name).toBe(`direktori-cbo_lembah-pantai_${day}.docx`);
  const xml = await docXml(word.bytes);
  for (const text of ["DIREKTORI CBO", "KANDUNGAN", "Klinik Kesihatan Pantai", "Disahkan pada"])
    expect(xml).toContain(text);
  expect(xml).toContain("PAGEREF org_1");
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);

  const excel = await saved("Simpan Excel");
  expect(excel.name).toBe(`direktori-cbo_lembah-pantai_${day}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    excel.bytes.buffer.slice(
      excel.bytes.byteOffset,
      excel.bytes.byteOffset + excel.bytes.length,
    ) as ArrayBuffer,
  );
  const names: string[] = [];
  wb.worksheets[0]!.eachRow((row) => {
    if (typeof row.getCell(1).value === "number") names.push(String(row.getCell(2).value));
  });
  expect(names).toHaveLength(everyKind);
  expect(names).toContain("Yayasan Kebajikan Negara");

  // Emailed, it is the directory of this month (as it stands today), not of a report month.
  await page.getByRole("button", { name: "E-mel" }).click();
  const [y, m] = day.split("-").map(Number) as [number, number];
  await expect(page.getByTestId("email-confirm")).toContainText(`Direktori CBO`);
  await expect(page.getByTestId("email-confirm")).toContainText(`${MONTHS[m - 1]} ${y}`);
  await page.getByRole("button", { name: "Batal" }).click();

  // The small booklet: A5 pages, and how to print two on an A4 sheet to fold.
  await page.getByText("Buku kecil A5").click();
  await expect(page.getByTestId("direktori-booklet-hint")).toContainText("Brosur");
  await shot(page, "direktori-buku-a5");
  const a5 = await saved("Simpan Word");
  expect(a5.name).toBe(`direktori-cbo-a5_lembah-pantai_${day}.docx`);
  expect(await docXml(a5.bytes)).toMatch(/<w:pgSz w:w="8390" w:h="11906"/);

  // On paper: the planned A5 pages, each entry on the page the contents give it, nothing overlapping, nothing under 8 pt.
  const planned = Number(/(\d+) muka surat/.exec((await summary.textContent()) ?? "")![1]);
  const { file } = await printToPdf(page, "direktori-buku-a5", { signed: false });
  const pages = pdfPages(file);
  expect(pages).toHaveLength(planned);
  const rows = await table.getByRole("row").all();
  for (const row of rows.slice(1)) {
    const cells = await row.getByRole("cell").allTextContents();
    const [no, name, at] = [cells[0]!, cells[1]!, Number(cells[cells.length - 1])];
    const text = pages[at - 1]!.words.map((w) => w.text).join(" ");
    expect(text, `${no}. ${name} on page ${at}`).toContain(`${no}. ${name.split(" ")[0]}`);
  }
  for (const p of pages) {
    expect(Math.abs(p.width - 419.5), "A5 wide").toBeLessThan(2);
    expect(overlaps(p)).toEqual([]);
    expect(smallWords(p, 8)).toEqual([]);
  }
});
