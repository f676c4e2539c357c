// Why: a pack keeps its documents without bytes that travel on their own and must give back the same document when
// shown; once signed, every document names the PKMD who signed it and the day.
import { describe, expect, it } from "vitest";
import {
  fromSnapshot,
  packSignature,
  packSnapshot,
  snapshotPhotoIds,
  withPackSignature,
} from "../../../shared/reports/pack-snapshot";
import { pelaksanaanProgramModel } from "../../../shared/reports/pelaksanaan-program/model";
import { fixtureInput, photos } from "../../fixtures/reports/pelaksanaan-program";

const logo = { data: new Uint8Array([1, 2, 3]), type: "png" as const, width: 10, height: 10 };
const photo = (id: string, byte: number) => ({
  photoId: id,
  data: new Uint8Array([byte, byte]),
  type: "jpg",
  width: 4,
  height: 3,
  caption: `Foto ${id}`,
});
const model = {
  title: "LAPORAN PELAKSANAAN PROGRAM",
  letterhead: { organisation: "JKM", logo },
  sections: [{ heading: "1. Gotong-royong", photos: [photo("ph1", 7), photo("ph2", 8)] }],
  signature: [{ heading: "Disediakan oleh:", lines: ["Nama: X"] }],
};

describe("pack snapshot", () => {
  it("leaves out the logo and the photo bytes, keeps every figure, and is made whole again", () => {
    const kept = packSnapshot(model);
    const text = JSON.stringify(kept);
    expect(text).not.toContain('"logo":{');
    expect(snapshotPhotoIds(kept)).toEqual(["ph1", "ph2"]);
    expect((kept.sections as { photos: { data: unknown }[] }[])[0]!.photos[0]!.data).toBeNull();
    const bytes = new Map([
      ["ph1", new Uint8Array([7, 7])],
      ["ph2", new Uint8Array([8, 8])],
    ]);
    expect(fromSnapshot(kept, { logo, photo: (id) => bytes.get(id) })).toEqual(model);
    // A photo that has not reached this PC yet is left out, not shown broken.
    const partial = fromSnapshot<typeof model>(kept, {
      logo: null,
      photo: (id) => (id === "ph2" ? bytes.get(id) : undefined),
    });
    expect(partial.sections[0]!.photos.map((p) => p.photoId)).toEqual(["ph2"]);
    expect(partial.letterhead.logo).toBeNull();
  });

  it("keeps the Pelaksanaan Program report small and gives back the same report from the stored photos", () => {
    const real = pelaksanaanProgramModel(fixtureInput);
    const printed = real.sections.flatMap((sec) => sec.photos);
    expect(printed.length).toBeGreaterThan(0);
    const kept = packSnapshot(real);
    const bytesOf = (v: unknown): number =>
      v instanceof Uint8Array
        ? v.byteLength
        : v && typeof v === "object"
          ? Object.values(v).reduce((n: number, x) => n + bytesOf(x), 0)
          : 0;
    expect(bytesOf(kept)).toBe(0);
    expect(snapshotPhotoIds(kept).sort()).toEqual(printed.map((p) => p.photoId).sort());
    const stored = new Map(photos.map((p) => [p.id, p.data]));
    // (The fixture's letterhead has no logo: it comes back as none.)
    expect(fromSnapshot(kept, { logo: null, photo: (id) => stored.get(id) })).toEqual({
      ...real,
      letterhead: { ...real.letterhead, logo: null },
    });
  });

  it("signs: prepared by the sender on the day sent; checked by the PKMD named in Tetapan, dated once signed", () => {
    const pack = {
      preparedBy: { id: "u1", name: "Aminah binti Ali", jawatan: "Pekerja Pembangunan Komuniti" },
      sentOn: "2026-12-01",
      signedBy: null,
    };
    const waiting = packSignature(pack, { name: "Encik Rahman" });
    expect(waiting[1]!.lines).toEqual([
      "Nama: Encik Rahman",
      "Jawatan: Pegawai Kebajikan Masyarakat Daerah",
      "Tarikh: ....................",
    ]);
    expect(waiting[0]!.lines[2]).toBe("Tarikh: 01/12/2026");
    const signed = packSignature(
      {
        ...pack,
        signedBy: {
          id: "u2",
          name: "Puan Faridah",
          jawatan: "Pegawai Kebajikan Masyarakat Daerah",
          date: "2026-12-04",
        },
      },
      { name: "Encik Rahman" },
    );
    expect(signed[1]!.lines).toEqual([
      "Nama: Puan Faridah",
      "Jawatan: Pegawai Kebajikan Masyarakat Daerah",
      "Tarikh: 04/12/2026",
    ]);
    expect(withPackSignature(model, signed).signature).toEqual(signed);
  });
});
