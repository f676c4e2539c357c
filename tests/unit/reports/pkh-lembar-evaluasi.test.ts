// Why: the evaluation sheet's indicators come from the counts against the targets (met, missed, nothing to count),
// the caseload is flagged, a berat violation is named, and the sheet is RAHASIA.
import { describe, expect, it } from "vitest";
import { evaluasiModel } from "../../../shared/reports/pkh/evaluasi/model";
import { evaluasiInput } from "../../fixtures/reports/lembar-evaluasi";

describe("Lembar Evaluasi Pendamping", () => {
  it("computes each indicator once from the counts", () => {
    const m = evaluasiModel(evaluasiInput());
    const indicators = m.tables[1]!.rows;
    expect(indicators.map((r) => [r[1], r[2], r[3], r[5]])).toEqual([
      ["Pertemuan P2K2 terlaksana", "22 / 24", "91,6%", "Belum tercapai"],
      ["Kehadiran peserta P2K2", "430 / 500", "86%", "Tercapai"],
      ["Verifikasi komitmen", "900 / 900", "100%", "Tercapai"],
      ["Pengaduan selesai tepat waktu", "4 / 6", "66,6%", "Belum tercapai"],
      ["Rekonsiliasi pembayaran", "180 / 180", "100%", "Tercapai"],
      ["Laporan bulanan diserahkan", "3 / 3", "100%", "Tercapai"],
      ["Hari kerja dengan kegiatan", "58 / 63", "92%", "Tercapai"],
      ["Kelengkapan data KPM", "", "97,4%", "Tercapai"],
    ]);
    expect(m.tables[0]!.rows[3]).toEqual(["KPM dampingan", "180 KPM (Sesuai, rasio 1:150-375)"]);
    expect(m.notes[0]).toBe("Indikator tercapai: 6 dari 8. 2 indikator belum tercapai.");
    expect(m.classification).toBe("SULIT");
    expect(m.fileName).toBe("lembar-evaluasi-rina-marlina_depok_2026-12.docx");
  });

  it("says when there was nothing to count, and names a berat violation", () => {
    const input = evaluasiInput();
    const m = evaluasiModel({
      ...input,
      counts: {
        ...input.counts,
        households: 40,
        complaintsReceived: 0,
        complaintsInTime: 0,
        violations: { ringan: 0, sedang: 0, berat: 1 },
      },
      activity: [],
    });
    expect(m.tables[1]!.rows[3]![5]).toBe("Tidak ada data");
    expect(m.tables[0]!.rows[3]![1]).toContain("Di bawah batas");
    expect(m.notes).toContain("Terdapat pelanggaran berat dalam periode ini.");
    expect(m.notes).toContain("Tidak ada kegiatan tercatat di log audit dalam periode ini.");
  });
});
