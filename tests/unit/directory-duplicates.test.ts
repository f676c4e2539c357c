// Why: the "Kemungkinan pendua" list must pair an organisation typed twice (same or similar name in one area, or one
// phone) and leave alone different organisations that only share what they are ("Persatuan Penduduk PPR ...").
import { describe, expect, it } from "vitest";
import {
  findDuplicates,
  organisationNamesAlike,
  type DuplicateCandidate,
} from "../../shared/domain/directory-duplicates";

const e = (
  id: string,
  name: string,
  area = "Mukim Kuala Lumpur",
  phoneKeys: string[] = [],
): DuplicateCandidate => ({
  id,
  name,
  area,
  phoneKeys,
});

describe("organisationNamesAlike", () => {
  it("takes case, punctuation, short forms and a one-letter slip as the same name", () => {
    expect(
      organisationNamesAlike("Persatuan Penduduk PPR Seri Pantai", "PERSATUAN PENDUDUK PPR SRI PANTAI"),
    ).toBe(true);
    expect(
      organisationNamesAlike("Klinik Kesihatan Bandar Tun Razak", "Klinik Kesihatan Bdr. Tun Razak"),
    ).toBe(true);
    expect(organisationNamesAlike("Pertubuhan Kebajikan Al-Ikhlas", "Pertubuhan Kebajikan Al Iklas")).toBe(
      true,
    );
    expect(organisationNamesAlike("Kelab Warga Emas Kerinchi", "Warga Emas Kerinchi")).toBe(true);
  });

  it("keeps apart names that share only generic words, or one telling word of several", () => {
    expect(
      organisationNamesAlike("Persatuan Penduduk PPR Seri Pantai", "Persatuan Penduduk PPR Kerinchi"),
    ).toBe(false);
    expect(
      organisationNamesAlike("Sekolah Kebangsaan Seri Pantai", "Klinik Kesihatan Seri Pantai Baru Indah"),
    ).toBe(false);
    expect(organisationNamesAlike("Masjid Al-Falah", "Masjid Darul Falah Ar-Rahman")).toBe(false);
    expect(organisationNamesAlike("Klinik Kesihatan Pantai", "Persatuan Penduduk PPR Seri Pantai")).toBe(
      false,
    );
    expect(organisationNamesAlike("Klinik Kesihatan Pantai", "Klinik Kesihatan Seri Pantai")).toBe(true);
    expect(organisationNamesAlike("Persatuan Penduduk", "Pertubuhan Penduduk")).toBe(false);
  });
});

describe("findDuplicates", () => {
  it("pairs alike names in the same area only, and shared phones in any area", () => {
    const pairs = findDuplicates([
      e("01", "Persatuan Penduduk PPR Seri Pantai"),
      e("02", "Persatuan Penduduk PPR Sri Pantai"),
      e("03", "Persatuan Penduduk PPR Seri Pantai", "Mukim Petaling"),
      e("04", "Persatuan Penduduk PPR Kerinchi"),
      e("05", "Yayasan Bakti Murni", "Mukim Petaling", ["0322825000"]),
      e("06", "Bakti Murni Foundation", "Mukim Batu", ["0322825000", "0123456789"]),
      e("07", "Klinik Kesihatan Pantai", "Mukim Batu", ["0123456789"]),
    ]);
    expect(pairs).toEqual([
      { a: "01", b: "02", reasons: ["name"] },
      { a: "05", b: "06", reasons: ["phone"] },
      { a: "06", b: "07", reasons: ["phone"] },
    ]);
  });

  it("gives both reasons once when a pair has an alike name and a shared phone", () => {
    const pairs = findDuplicates([
      e("b", "Pusat Jagaan Kasih Sayang", "", ["0355551234"]),
      e("a", "Pusat Jagaan Kasih Sayang", "", ["0355551234", "0355551234"]),
    ]);
    expect(pairs).toEqual([{ a: "a", b: "b", reasons: ["name", "phone"] }]);
  });

  it("finds nothing among different organisations, and copes with a few thousand entries", () => {
    expect(findDuplicates([e("1", "Masjid Al-Falah"), e("2", "Surau An-Nur")])).toEqual([]);
    const many = Array.from({ length: 3000 }, (_, i) =>
      e(String(i).padStart(5, "0"), `Persatuan Penduduk Blok ${i} Zon ${i % 7}`, `Mukim ${i % 5}`, [
        `03${String(10_000_000 + i)}`,
      ]),
    );
    const started = performance.now();
    expect(findDuplicates(many)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
