// Why: columns must be suggested from Malay or English headers, each field once, and a mapping remembered for the
// next file with the same headers.
import { describe, expect, it } from "vitest";
import {
  mappingProblems,
  mappingSignature,
  rememberedMapping,
  suggestMapping,
} from "../../shared/import/mapping";
import { bukuRekodFields } from "../../shared/import/buku-rekod-fields";
import { LEGACY_HEADERS } from "../fixtures/legacy-buku-rekod";
import { freshDb, actor } from "./helpers";
import { rememberColumns, rememberedColumns } from "../../renderer/features/import/mappings";

describe("column mapping", () => {
  it("suggests the fields from Malay headers", () => {
    const m = suggestMapping(LEGACY_HEADERS, bukuRekodFields);
    expect(Object.fromEntries(LEGACY_HEADERS.map((h, i) => [h, m[i]]))).toEqual({
      Bil: null,
      "No. Rujukan": "legacyNo",
      Tarikh: "date",
      Nama: "name",
      "No. K/P": "docNo",
      Jantina: "sex",
      Bangsa: "ethnicity",
      "Taraf Perkahwinan": "maritalStatus",
      Blok: "block",
      "No. Unit": "unit",
      "No. Telefon": "phone",
      "Kod Tapak": "site",
      "Kumpulan Sasar": "targetGroup",
      Masalah: "problem",
      "Jenis Perkhidmatan": "service",
      Tindakan: "action",
      Pegawai: "officer",
      "Status Kes": "status",
    });
  });

  it("suggests the fields from English headers and takes each field once", () => {
    const headers = [
      "No",
      "Date",
      "Full Name",
      "IC No",
      "Gender",
      "Date of Birth",
      "Target Group",
      "Problem",
      "Service",
      "Officer",
      "Status",
      "Remarks",
      "Date",
    ];
    const m = suggestMapping(headers, bukuRekodFields);
    expect(m).toEqual([
      null,
      "date",
      "name",
      "docNo",
      "sex",
      "birthDate",
      "targetGroup",
      "problem",
      "service",
      "officer",
      "status",
      null,
      null,
    ]);
    // "Tarikh Lahir" is the birth date, "Nama Pegawai" the officer, not the case date or the person's name.
    expect(suggestMapping(["Tarikh Lahir", "Nama Pegawai", "Tarikh", "Nama"], bukuRekodFields)).toEqual([
      "birthDate",
      "officer",
      "date",
      "name",
    ]);
  });

  it("refuses two columns mapped to one field and names required fields with no column or default", () => {
    const columns = ["name", "date", "date", null];
    const p = mappingProblems(columns, bukuRekodFields, { site: "s1", officer: "u1" });
    expect(p.duplicates).toEqual(["date"]);
    expect(p.missing).toEqual(["ethnicity", "maritalStatus", "targetGroup", "problem", "service", "status"]);
    expect(
      mappingProblems(["name", "date", "targetGroup", "problem", "service"], bukuRekodFields, {
        site: "s1",
        officer: "u1",
        ethnicity: "melayu",
        maritalStatus: "bujang",
        status: "selesai",
      }),
    ).toEqual({ duplicates: [], missing: [] });
  });

  it("remembers a mapping for the next file with the same headers", async () => {
    const db = freshDb();
    const admin = actor("pentadbir");
    const headers = ["Nama", "No. K/P", "Catatan"];
    const signature = mappingSignature("buku-rekod", headers);
    // Spelling and spacing of a header do not make another file.
    expect(mappingSignature("buku-rekod", ["NAMA", "No KP", "catatan "])).toBe(signature);
    expect(await rememberedColumns(db, signature)).toBeUndefined();
    await rememberColumns(db, admin, signature, ["name", "docNo", "problem"]);
    await rememberColumns(db, admin, signature, ["name", "docNo", "action"]);
    const stored = await rememberedColumns(db, signature);
    expect(stored?.columns).toEqual(["name", "docNo", "action"]);
    expect(stored?.rev).toBe(2);
    expect(rememberedMapping(stored!.columns, headers, bukuRekodFields)).toEqual(["name", "docNo", "action"]);
    expect(rememberedMapping(["name", "gone"], ["A", "B"], bukuRekodFields)).toEqual(["name", null]);
    expect(rememberedMapping(["name"], headers, bukuRekodFields)).toBeNull();
    // Kept through a repository: each change has its audit row.
    expect(await db.audit.where("table").equals("importMappings").count()).toBe(2);
    db.close();
  });
});
