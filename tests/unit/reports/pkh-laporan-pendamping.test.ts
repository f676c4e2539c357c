// Why: the Laporan Pendamping takes its figures and lists from the records (sessions, attendance, CKP, complaints of the
// period) and the pendamping's own words, and its Word file holds the cover, the content and every attachment.
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { pendampingReportSchema } from "../../../shared/domain/pkh/report";
import { laporanPendampingModel } from "../../../shared/reports/pkh/laporan-pendamping/model";
import { laporanInput, reportSession as session } from "../../fixtures/reports/laporan-pendamping";
import { laporanPendampingDocx } from "../../../shared/reports/pkh/laporan-pendamping/docx";
import { docxTables, unescapeXml } from "./docx-read";

describe("Laporan Pendamping model", () => {
  it("counts the month's figures from the records and names the cover's particulars", () => {
    const m = laporanPendampingModel(laporanInput());
    expect(m.title).toBe("LAPORAN BULANAN PENDAMPING PKH");
    expect(m.cover).toEqual([
      { label: "Nama Laporan", value: "Laporan Bulanan" },
      { label: "Periode Laporan", value: "November 2026" },
      { label: "Nama Pendamping", value: "Rina Marlina" },
      { label: "Nomor HP Pendamping", value: "0812 2345 6789" },
      { label: "Kabupaten/Kota", value: "Sleman" },
      { label: "Kecamatan", value: "Depok" },
      { label: "Desa/Kelurahan", value: "Caturtunggal, Condongcatur" },
    ]);
    expect(Object.fromEntries(m.data.map((r) => [r.label, r.value]))).toEqual({
      "Jumlah KPM dampingan": 3,
      "Jumlah kelompok": 2,
      "Pertemuan P2K2 dilaksanakan": 2,
      "Peserta tercatat dalam daftar hadir": 5,
      "Peserta hadir": 3,
      "Persentase kehadiran": "60%",
      "Pengaduan diterima": 2,
      "Pengaduan diselesaikan": 2,
      "Anggota KPM diverifikasi komitmennya": 4,
    });
    // Sessions in date order; each list with its own summary.
    expect(m.attendance.map((a) => a.heading)).toEqual([
      "Pengasuhan dan Pendidikan Anak, sesi 1 — Kelompok Mawar, 10 November 2026, Balai Desa Condongcatur",
      "Pengasuhan dan Pendidikan Anak, sesi 1 — Kelompok Melati, 12 November 2026, Balai Desa Condongcatur",
    ]);
    expect(m.attendance[0]!.rows.map((r) => r.status)).toEqual(["Hadir", "Hadir", "Alfa"]);
    expect(m.attendance[0]!.summary).toBe("Hadir 2 dari 3 KPM (66,7%).");
    expect(m.ckp[0]!.rows[0]!.checks).toEqual([true, true]);
    expect(m.ckp[0]!.rows[1]!.checks).toEqual([true, false]);
    expect(m.content.map((c) => c.heading)).toEqual([
      "I. Ringkasan Laporan",
      "II. Kegiatan",
      "III. Permasalahan",
      "IV. Solusi dan Pemecahan",
      "V. Rekomendasi / Saran",
      "VI. Rencana Kerja Bulan Berikutnya",
    ]);
    expect(m.content[4]!.text).toBe("-");
    expect(m.classification).toBe("SULIT");
    expect(m.fileName).toBe("laporan-bulanan-pendamping_depok_2026-11.docx");
  });

  it("an activity report covers its day and its own sessions only", () => {
    const m = laporanPendampingModel(
      laporanInput({
        report: pendampingReportSchema.parse({
          siteId: "s1",
          kind: "kegiatan",
          period: "2026-11-10",
          title: "P2K2 Kelompok Mawar",
        }),
        sessions: [session("2026-11-10", "Mawar", ["hadir", "sakit"])],
      }),
    );
    expect(m.title).toBe("LAPORAN KEGIATAN PENDAMPING PKH");
    expect(m.cover[1]).toEqual({ label: "Periode Laporan", value: "10 November 2026" });
    expect(m.data.map((r) => r.label)).not.toContain("Pengaduan diterima");
    expect(m.content[5]!.heading).toBe("VI. Rencana Tindak Lanjut");
    expect(m.fileName).toBe("laporan-kegiatan-pendamping_depok_2026-11-10.docx");
    expect(() =>
      pendampingReportSchema.parse({ siteId: "s1", kind: "insidentil", period: "2026-11-31", title: "" }),
    ).toThrow();
  });

  it("writes the cover, content, signatures and every attachment in the Word file", async () => {
    const m = laporanPendampingModel(laporanInput());
    const zip = await JSZip.loadAsync(await laporanPendampingDocx(m));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = unescapeXml(xml.replace(/<[^>]+>/g, " "));
    for (const s of [
      "LAPORAN BULANAN PENDAMPING PKH",
      "ISI LAPORAN",
      "Bulan ini empat pertemuan P2K2 terlaksana.",
      "Pendampingan ke posyandu.",
      "LAMPIRAN",
      "B. Daftar Hadir Peserta",
      "C. Check List Kegiatan Peserta (CKP)",
      "D. Foto Dokumentasi",
      "Foto 1: Pertemuan P2K2 kelompok Mawar",
      "Foto 2: Kunjungan ke Posyandu Mawar",
      "Dibuat oleh:",
      "Nama: Budi Santoso",
    ])
      expect(text).toContain(s);
    const tables = docxTables(xml);
    const attendance = tables.find((t) => t[0]?.[1] === "Nama KPM" && t[0]?.[3] === "Kehadiran");
    expect(attendance?.slice(1).map((r) => r[1])).toEqual(["Ibu Mawar 1", "Ibu Mawar 2", "Ibu Mawar 3"]);
    expect(zip.file(/^word\/media\//)).toHaveLength(2);
    const header = await zip.file("word/header1.xml")!.async("string");
    expect(header).toContain("RAHASIA");
  });
});
