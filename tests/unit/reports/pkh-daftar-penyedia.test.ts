// Why: the PKH provider lists read the one directory by kind (active entries, by name), in the FORMATS.md columns, and
// their Word and Excel files hold the same rows in the Indonesian frame.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { letterheadFrom } from "../../../shared/reports/frame/text";
import { penyediaModel, type ProviderEntry } from "../../../shared/reports/pkh/daftar/penyedia";
import { daftarDocx } from "../../../shared/reports/pkh/daftar/docx";
import { daftarXlsx } from "../../../shared/reports/pkh/daftar/xlsx";
import { docxTables } from "./docx-read";

const entry = (
  name: string,
  kind: ProviderEntry["kind"],
  more: Partial<ProviderEntry> = {},
): ProviderEntry => ({
  name,
  kind,
  head: `Kepala ${name}`,
  address: `Jl. ${name}`,
  phone: "0274 123456",
  mobile: "0812 3456 7890",
  active: true,
  deletedAt: null,
  ...more,
});

const organisations = [
  entry("Puskesmas Depok III", "klinik"),
  entry("Posyandu Mawar", "klinik"),
  entry("Klinik Tutup", "klinik", { active: false }),
  entry("Klinik Terhapus", "klinik", { deletedAt: "2026-10-01T00:00:00Z" }),
  entry("SD Negeri Condongcatur", "sekolah"),
  entry("Kantor Pos Depok", "pejabat-pos"),
  entry("Karang Taruna", "cbo"),
];

const input = {
  organisations,
  district: "Sleman",
  today: "2026-11-18",
  letterhead: letterheadFrom({
    countryPack: "pkh",
    officeName: "UPPKH Kabupaten Sleman",
    district: "Sleman",
    state: "DI Yogyakarta",
    address: "Jl. Parasamya No. 1",
    phone: "0274 868405",
  }),
  stamp: { app: "Rekod Komuniti", version: "0.1.0", at: "2026-11-18T02:00:00Z", by: "Rina" },
  signature: {
    preparedBy: { name: "Rina Marlina", jawatan: "Pendamping PKH" },
    reviewedBy: { name: "Budi Santoso", jawatan: "Koordinator PKH Kabupaten/Kota" },
  },
};

describe("Daftar Penyedia Layanan (PKH)", () => {
  it("lists the live, active entries of the list's kind by name, in the FORMATS.md columns", () => {
    const m = penyediaModel({ ...input, list: "kesehatan" });
    expect(m.title).toBe("DAFTAR PENYEDIA LAYANAN KESEHATAN");
    expect(m.columns.map((c) => c.header)).toEqual([
      "No",
      "Nama",
      "Pen. Jawab",
      "Alamat",
      "No. Telp",
      "No. HP",
    ]);
    expect(m.rows).toEqual([
      [1, "Posyandu Mawar", "Kepala Posyandu Mawar", "Jl. Posyandu Mawar", "0274 123456", "0812 3456 7890"],
      [
        2,
        "Puskesmas Depok III",
        "Kepala Puskesmas Depok III",
        "Jl. Puskesmas Depok III",
        "0274 123456",
        "0812 3456 7890",
      ],
    ]);
    expect(m.subtitle).toContain("KEADAAN PER 18 NOVEMBER 2026");
    expect(m.fileNames.docx).toBe("daftar-penyedia-kesehatan_sleman_2026-11.docx");
    expect(penyediaModel({ ...input, list: "pendidikan" }).rows.map((r) => r[1])).toEqual([
      "SD Negeri Condongcatur",
    ]);
    const pos = penyediaModel({ ...input, list: "kantor-pos" });
    expect(pos.title).toBe("DAFTAR KANTOR POS");
    expect(pos.rows.map((r) => r[1])).toEqual(["Kantor Pos Depok"]);
    expect(pos.fileNames.xlsx).toBe("daftar-kantor-pos_sleman_2026-11.xlsx");
    const none = penyediaModel({ ...input, organisations: [], list: "kesehatan" });
    expect(none.rows).toEqual([]);
    expect(none.notes).toEqual(["Belum ada entri direktori jenis ini."]);
  });

  it("writes the same rows, signatures and Indonesian frame in Word and Excel", async () => {
    const m = penyediaModel({ ...input, list: "kesehatan" });
    const zip = await JSZip.loadAsync(await daftarDocx(m));
    const xml = await zip.file("word/document.xml")!.async("string");
    const [table] = docxTables(xml);
    expect(table?.[0]).toEqual(["No", "Nama", "Pen. Jawab", "Alamat", "No. Telp", "No. HP"]);
    expect(table?.slice(1).map((r) => r[1])).toEqual(["Posyandu Mawar", "Puskesmas Depok III"]);
    expect(xml).toContain("KEMENTERIAN SOSIAL REPUBLIK INDONESIA");
    expect(xml).toContain("Dibuat oleh:");
    expect(xml).toContain("Diperiksa / Disahkan oleh:");
    const footer = await zip.file("word/footer1.xml")!.async("string");
    expect(footer).toContain("Halaman");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await daftarXlsx(m)).buffer as ArrayBuffer);
    const ws = wb.getWorksheet("Daftar")!;
    const values: unknown[][] = [];
    ws.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    const header = values.findIndex((r) => r[0] === "No" && r[1] === "Nama");
    expect(header).toBeGreaterThan(0);
    expect(values[header + 1]?.slice(0, 2)).toEqual([1, "Posyandu Mawar"]);
    expect(values[header + 2]?.slice(0, 2)).toEqual([2, "Puskesmas Depok III"]);
    expect(values.flat()).toContain("Dibuat oleh:");
    expect(ws.headerFooter.oddFooter).toContain("Halaman &P dari &N");
    expect(ws.pageSetup.orientation).toBe("landscape");
  });
});
