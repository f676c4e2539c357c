// Why: a PKH office's documents speak Indonesian in every word the frame adds (letterhead, page numbers, RAHASIA,
// signatures, stamp, dates, Rupiah), in the files and in print, while JKM's stay Malay.
import { describe, expect, it } from "vitest";
import { Paragraph } from "docx";
import {
  indonesianDate,
  letterheadFrom,
  letterheadLines,
  rupiah,
  signatureBlock,
  stampText,
} from "../../../shared/reports/frame/text";
import { docxBytes, framedSection } from "../../../shared/reports/frame/docx";
import { addFramedSheet, documentWorkbook, finishSheet } from "../../../shared/reports/frame/xlsx";
import JSZip from "jszip";
import { unescapeXml } from "./docx-read";

/** The text of the header and footer parts of a .docx. */
async function docxText(bytes: Uint8Array, parts: string[]): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await Promise.all(parts.map((p) => zip.file(p)?.async("string") ?? ""));
  return unescapeXml(xml.join(" ").replace(/<[^>]+>/g, ""));
}

const pkhOffice = {
  countryPack: "pkh" as const,
  officeName: "UPPKH Kabupaten Sleman",
  district: "Sleman",
  state: "DI Yogyakarta",
  address: "Jl. Parasamya No. 1, Beran, Tridadi, Sleman",
  phone: "0274 868405",
};

describe("the frame in Indonesian (PKH)", () => {
  it("heads the page with the ministry and the implementing unit", () => {
    const l = letterheadFrom(pkhOffice);
    expect(letterheadLines(l)).toEqual([
      "KEMENTERIAN SOSIAL REPUBLIK INDONESIA",
      "UPPKH KABUPATEN SLEMAN, DI YOGYAKARTA",
      "Jl. Parasamya No. 1, Beran, Tridadi, Sleman",
      "Telp.: 0274 868405",
    ]);
    expect(l.language).toBe("id");
    expect(letterheadFrom({ ...pkhOffice, countryPack: "jkm" }).language).toBeUndefined();
  });

  it("signs, stamps, dates and counts money the Indonesian way", () => {
    const [left, right] = signatureBlock(
      {
        preparedBy: { name: "Rina", jawatan: "Pendamping PKH", date: "2026-11-10" },
        reviewedBy: { name: "Budi" },
      },
      "id",
    );
    expect(left).toEqual({
      heading: "Dibuat oleh:",
      lines: ["Nama: Rina", "Jabatan: Pendamping PKH", "Tanggal: 10/11/2026"],
    });
    expect(right?.heading).toBe("Diperiksa / Disahkan oleh:");
    expect(right?.lines[1]).toBe("Jabatan: Koordinator PKH Kabupaten/Kota");
    expect(
      stampText({ app: "Rekod Komuniti", version: "0.1.0", at: "2026-11-05T06:30:00Z", by: "Rina" }, "id"),
    ).toBe("Dibuat dengan Rekod Komuniti 0.1.0 pada 05/11/2026 14:30 oleh Rina");
    expect(indonesianDate("2026-11-10")).toBe("10 November 2026");
    expect(indonesianDate("2026-08-01")).toBe("1 Agustus 2026");
    expect(indonesianDate("")).toBe("");
    expect(rupiah(1234000)).toBe("Rp 1.234.000");
    expect(rupiah(750000)).toBe("Rp 750.000");
    expect(rupiah(0)).toBe("Rp 0");
    expect(rupiah(-2400000)).toBe("-Rp 2.400.000");
  });

  it("writes 'Halaman X dari Y' and RAHASIA in a .docx, 'Muka surat' and SULIT for JKM", async () => {
    const page = { orientation: "portrait" as const, classification: "SULIT" as const, stamp: "stamp" };
    const body = [new Paragraph("isi")];
    const id = await docxText(
      await docxBytes([framedSection({ ...page, language: "id" }, body)], { title: "t", creator: "c" }),
      ["word/header1.xml", "word/footer1.xml"],
    );
    expect(id).toContain("RAHASIA");
    expect(id).toContain("Halaman");
    expect(id).not.toContain("SULIT");
    const ms = await docxText(await docxBytes([framedSection(page, body)], { title: "t", creator: "c" }), [
      "word/header1.xml",
      "word/footer1.xml",
    ]);
    expect(ms).toContain("SULIT");
    expect(ms).toContain("Muka surat");
  });

  it("writes the Indonesian frame words in an .xlsx header and footer", async () => {
    const wb = await documentWorkbook("Daftar");
    const sheet = addFramedSheet(wb, "Daftar", {
      letterhead: letterheadFrom(pkhOffice),
      title: "DAFTAR HADIR",
      subtitle: [],
      classification: "SULIT",
      stamp: "stamp",
      orientation: "portrait",
      columns: [{ header: "No", width: 6 }],
    });
    finishSheet(sheet);
    const ws = wb.getWorksheet("Daftar");
    expect(ws?.headerFooter.oddHeader).toContain("RAHASIA");
    expect(ws?.headerFooter.oddFooter).toContain("Halaman &P dari &N");
    expect(ws?.getCell("A1").value).toBe("RAHASIA");
  });
});
