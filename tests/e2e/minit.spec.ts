// Why: a meeting at its start time gives the residents' association chair (not an app user) an action item, and prints as Minit Mesyuarat (.docx) through the Laporan screen's save.
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { choose, demo, expect, loadDemo, login, shot, shownDay, test } from "./support";

const CHAIR = "Encik Rahman bin Ali";
const ITEM = "Hantar surat aduan lif Blok A kepada DBKL";

test("the chair who is not a user owns an action item, and the meeting prints as minutes", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.aminah);

  // The residents' association chair, a stakeholder of her site.
  await page.goto("/#/pihak");
  await page.getByTestId("add-stakeholder").click();
  const who = page.getByTestId("stakeholder-form");
  await who.getByRole("textbox", { name: "Nama", exact: true }).fill(CHAIR);
  await who.getByRole("textbox", { name: "Peranan", exact: true }).fill("Pengerusi");
  await who
    .getByRole("textbox", { name: "Organisasi", exact: true })
    .fill("Persatuan Penduduk PPR Seri Pahang");
  await who.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("stakeholder-title")).toHaveText(CHAIR);

  // A committee meeting last night at 8.30 pm; a time like "25:00" is refused in place.
  await page.goto("/#/perjumpaan");
  await choose(page, "Tapak", "SPH — PPR Seri Pahang");
  await page.getByRole("link", { name: "Perjumpaan baharu" }).click();
  const form = page.getByTestId("meeting-form");
  const date = form.getByRole("textbox", { name: "Tarikh", exact: true });
  await date.fill(shownDay(-1));
  await date.press("Tab");
  await choose(page, "Jenis", "Mesyuarat jawatankuasa");
  await form.getByLabel("Tempat").fill("Dewan Serbaguna Blok B");
  await form.getByPlaceholder("Pilih pihak berkepentingan tapak ini").click();
  await page.getByRole("option", { name: new RegExp(CHAIR) }).click();
  await page.keyboard.press("Escape");
  await form.getByLabel("Agenda").fill("1. Lif Blok A kerap rosak\n2. Gotong-royong bulanan");
  await form.getByLabel("Minit / catatan perbincangan").fill("Lif Blok A rosak tiga kali bulan ini.");
  await form.getByLabel("Keputusan").fill("Aduan lif dihantar kepada DBKL secara bertulis.");
  await form.getByRole("button", { name: "Simpan perjumpaan" }).click();
  await expect(form.getByText("Wajib diisi.")).toBeVisible();
  await form.getByLabel("Masa mula").fill("20:30");
  await form.getByRole("button", { name: "Simpan perjumpaan" }).click();
  await expect(page.getByTestId("meeting-title")).toHaveText(`Mesyuarat jawatankuasa ${shownDay(-1)} 20:30`);

  // The chair owns the action item, listed with the site's stakeholders beside the officers.
  const items = page.getByTestId("action-items");
  await items.getByRole("button", { name: "Tambah tindakan" }).click();
  const itemForm = items.getByTestId("action-item-form");
  await itemForm.getByRole("textbox", { name: "Tindakan", exact: true }).fill(ITEM);
  await choose(page, "Tindakan oleh", `${CHAIR} (Pengerusi)`);
  await itemForm.getByRole("textbox", { name: "Tarikh akhir" }).fill(shownDay(13));
  await itemForm.getByRole("textbox", { name: "Tarikh akhir" }).press("Tab");
  await itemForm.getByRole("button", { name: "Simpan tindakan" }).click();
  await expect(itemForm).toHaveCount(0);
  const owner = items.getByTestId("action-item").first().getByTestId("item-owner");
  await expect(owner).toContainText(CHAIR);
  await expect(owner).toContainText("Pihak berkepentingan");
  await shot(page, "minit-meeting");

  // The minutes open on the Laporan screen with this meeting chosen, and save as .docx.
  await page.getByTestId("meeting-minutes").click();
  await expect(page.getByRole("combobox", { name: "Perjumpaan" })).toHaveValue(
    `${shownDay(-1)} 20:30 — Mesyuarat Jawatankuasa, Dewan Serbaguna Blok B`,
  );
  const preview = page.getByTestId("minit-preview");
  await expect(preview).toContainText("8.30 malam");
  await expect(preview).toContainText(`${CHAIR} (Pengerusi, Persatuan Penduduk PPR Seri Pahang)`);
  await shot(page, "minit-laporan");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  const file = await download;
  const isoDay = `${shownDay(-1).slice(6)}-${shownDay(-1).slice(3, 5)}-${shownDay(-1).slice(0, 2)}`;
  expect(file.suggestedFilename()).toBe(`minit-mesyuarat_ppr-seri-pahang_${isoDay}.docx`);
  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const xml = await zip.file("word/document.xml")!.async("string");
  for (const text of [
    "MINIT MESYUARAT",
    "8.30 malam",
    "KEHADIRAN (1 ORANG)",
    "Aduan lif dihantar kepada DBKL secara bertulis.",
    ITEM,
    `${CHAIR} (Pengerusi, Persatuan Penduduk PPR Seri Pahang)`,
    shownDay(13),
    "Nama: Aminah binti Said",
  ])
    expect(xml).toContain(text);
});
