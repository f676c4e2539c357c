// Why: a district's organisation list imports through the shared import steps: every bad row named (row, column,
// reason), entries already in the directory matched (same name words in the same area, or a same phone) and updated
// or skipped, never duplicated, and the commit all or nothing.
import { describe, expect, it } from "vitest";
import { checkRows } from "../../shared/import/check";
import { suggestMapping } from "../../shared/import/mapping";
import {
  organisationsSpec,
  parseActive,
  parseMembers,
  splitList,
  type OrganisationContext,
} from "../../shared/import/organisations";
import { readBook } from "../../shared/import/read";
import { ImportFileError } from "../../shared/import/sheet";
import { findTable } from "../../shared/import/table";
import { organisationFields } from "../../shared/import/organisations-fields";
import { organisationSchema } from "../../shared/domain/directory";
import { todayIn } from "../../shared/domain/dates";
import { organisationsRepo } from "../../renderer/db/repositories/directory";
import { commitOrganisations, organisationContext } from "../../renderer/features/import/organisations";
import type { AppDB } from "../../renderer/db/app-db";
import { organisationFile, organisationXlsx } from "../fixtures/organisations";
import { actor, freshDb } from "./helpers";

const admin = actor("pentadbir", [], "u-admin");
const today = todayIn();

async function check(bytes: Uint8Array, name: string, ctx: OrganisationContext) {
  const book = await readBook(bytes, name);
  const table = findTable(book.sheets[0]!, organisationFields);
  return {
    table,
    ...(await checkRows(table, suggestMapping(table.headers, organisationFields), organisationsSpec, ctx)),
  };
}

const csv = (lines: string[]) => new TextEncoder().encode(lines.join("\r\n"));
const empty: OrganisationContext = { today, defaults: {}, stored: [] };

describe("organisation import rules", () => {
  it("reads an office's list: Malay headings under a title, lists in one cell, kinds and dates in words", async () => {
    const file = organisationFile({ rows: 40, bad: 0, today });
    const r = await check(await organisationXlsx(file), "direktori.xlsx", empty);
    expect(r.table.headerRowNo).toBe(3);
    expect(r.issues).toEqual([]);
    expect(r.valid).toHaveLength(40);
    const first = r.valid[0]!.value.fields;
    expect(first).toMatchObject({
      name: "Persatuan Penduduk Blok 1",
      kind: "cbo",
      area: "Mukim Kuala Lumpur",
      phone: "03-2701 8001",
      head: "Ketua Organisasi 1",
      headPost: "Pengerusi",
      targetGroups: ["warga-emas", "oku"],
      services: ["Kaunseling", "Tuisyen"],
      members: null,
      active: true,
      confirmedAt: null,
      notes: "Mesyuarat agung setiap bulan Mac.",
    });
    expect(r.valid[2]!.value.fields.targetGroups).toEqual(["ibu-tunggal", "belia"]);
    expect(r.valid[2]!.value.fields.services).toEqual(["Gotong-royong", "Ziarah"]);
    expect(r.valid[1]!.value.fields.confirmedAt).toBe(`${Number(today.slice(0, 4)) - 1}-02-02`);
    expect(r.valid[10]!.value.fields.active).toBe(false);
    // Every row is what the directory itself accepts.
    for (const v of r.valid) expect(organisationSchema.safeParse(v.value.fields).success).toBe(true);
  });

  it("names every bad row with its row number, column and reason", async () => {
    const file = organisationFile({ rows: 200, bad: 5, today });
    const r = await check(await organisationXlsx(file), "direktori.xlsx", empty);
    expect(r.valid).toHaveLength(195);
    expect(r.issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [37, "Jenis", "imp.org.kind"],
      [70, "No. Telefon", "v.phone"],
      [104, "Emel", "v.email"],
      [137, "Disahkan Pada", "imp.org.futureDate"],
      [170, "Nama Organisasi", "imp.org.sameAsRow:4"],
    ]);
    expect(r.issues.map((i) => i.row)).toEqual(file.bad.map((b) => b.rowNo));
  });

  it("refuses a row without a name, an unknown target group, members in words and an unknown status", async () => {
    const r = await check(
      csv([
        "Nama;Jenis;Kumpulan sasar;Bilangan ahli;Status",
        ";NGO;OKU;10;Aktif",
        "Pertubuhan A;NGO;Pesara;10;Aktif",
        "Pertubuhan B;NGO;OKU;ramai;Aktif",
        "Pertubuhan C;NGO;OKU;10;Mungkin",
        "Pertubuhan D;Jabatan;OKU;1,200 orang;tidak aktif",
      ]),
      "senarai.csv",
      empty,
    );
    expect(r.issues.map((i) => [i.row, i.field, i.reason])).toEqual([
      [2, "name", "v.required"],
      [3, "targetGroups", "imp.targetGroup"],
      [4, "members", "v.number"],
      [5, "active", "imp.org.active"],
    ]);
    expect(r.valid[0]!.value.fields).toMatchObject({ kind: "agensi", members: 1200, active: false });
  });

  it("takes the kind chosen for every row when the file has no kind column, and asks for one otherwise", async () => {
    const bytes = csv(["Nama Organisasi,No. Telefon", "Surau Al-Amin,03-4021 1111"]);
    const none = await check(bytes, "a.csv", empty);
    expect(none.issues.map((i) => i.reason)).toEqual(["v.required"]);
    const chosen = await check(bytes, "a.csv", { ...empty, defaults: { kind: "rumah-ibadat" } });
    expect(chosen.valid[0]!.value.fields.kind).toBe("rumah-ibadat");
  });

  it("refuses a file that is not a spreadsheet, and one without a header row, with their own messages", async () => {
    const refusal = async (bytes: Uint8Array, name: string) => {
      try {
        await check(bytes, name, empty);
        return "opened";
      } catch (e) {
        return e instanceof ImportFileError ? e.key : String(e);
      }
    };
    expect(await refusal(new TextEncoder().encode("%PDF-1.4"), "senarai.pdf")).toBe("imp.notSpreadsheet");
    expect(await refusal(csv(["Surau Al-Amin,03-4021 1111", "Masjid Jamek,03-2691 2829"]), "a.csv")).toBe(
      "imp.noHeader",
    );
  });

  it("splits lists, members and active as offices write them", () => {
    expect(splitList("Tuisyen, kelas mengaji;")).toEqual(["Tuisyen, kelas mengaji"]);
    expect(splitList("A, B")).toEqual(["A", "B"]);
    expect(splitList("A\nB")).toEqual(["A", "B"]);
    expect(parseMembers("1,200")).toEqual({ ok: true, value: 1200 });
    expect(parseMembers(-3)).toEqual({ ok: false, reason: "v.number" });
    expect(parseActive(false)).toEqual({ ok: true, value: false });
    expect(parseActive("")).toEqual({ ok: true, value: true });
  });
});

async function directory(): Promise<AppDB> {
  const db = freshDb();
  await organisationsRepo(db).createMany(admin, [
    { name: "Persatuan Penduduk Blok 1", kind: "cbo", area: "Mukim Kuala Lumpur", phone: "03-2222 0001" },
    { name: "Klinik Kesihatan Pantai", kind: "klinik", area: "Mukim Kuala Lumpur", phone: "03-2282 5000" },
    {
      name: "Surau Al-Amin",
      kind: "rumah-ibadat",
      area: "Mukim Batu",
      phone: "03-4021 1111",
      head: "Haji Ali",
    },
  ]);
  return db;
}

describe("matching the directory instead of duplicating", () => {
  const file = csv([
    "Nama,Jenis,Mukim,No. Telefon,Ketua,Jawatan",
    // Same name words in the same area: updated with what the row gives.
    "Blok 1 Persatuan Penduduk,CBO,Mukim Kuala Lumpur,03-2222 0001,Encik Rahman,Pengerusi",
    // Same phone, written another way: the same entry, nothing new: skipped.
    "KK Pantai,Klinik,Mukim Kuala Lumpur,0322825000,,",
    // Same name in another area: a new entry.
    "Surau Al-Amin,Rumah ibadat,Mukim Setapak,03-4021 9999,,",
    // The same entry twice in one file: the later row is refused.
    "Persatuan Penduduk Blok 1,CBO,Mukim Kuala Lumpur,,Puan Siti,",
  ]);

  it("matches by name words and area, or by phone, and names the second row for one entry", async () => {
    const db = await directory();
    const r = await check(file, "a.csv", await organisationContext(db, {}));
    expect(r.issues.map((i) => [i.row, i.reason])).toEqual([[5, "imp.org.sameAsRow:2"]]);
    const [upd, same, fresh] = r.valid.map((v) => v.value);
    expect(upd!.match).toMatchObject({
      name: "Persatuan Penduduk Blok 1",
      by: "name",
      changes: ["head", "headPost"],
    });
    expect(same!.match).toMatchObject({ name: "Klinik Kesihatan Pantai", by: "phone" });
    expect(same!.match!.changes).toEqual([]);
    expect(fresh!.match).toBeNull();
  });

  it("creates the new entries, updates the matched ones and skips the unchanged, in one transaction", async () => {
    const db = await directory();
    const r = await check(file, "a.csv", await organisationContext(db, {}));
    const sum = await commitOrganisations(
      db,
      admin,
      r.valid.map((v) => v.value),
    );
    expect(sum).toEqual({ created: 1, updated: 1, unchanged: 1 });
    const all = await organisationsRepo(db).list(admin);
    expect(all).toHaveLength(4);
    const blok = all.find((o) => o.name === "Persatuan Penduduk Blok 1")!;
    expect(blok).toMatchObject({ head: "Encik Rahman", headPost: "Pengerusi", rev: 2, kind: "cbo" });
    expect(all.find((o) => o.name === "Klinik Kesihatan Pantai")!.rev).toBe(1);
    // Importing the same file again changes nothing and adds nothing.
    const again = await check(file, "a.csv", await organisationContext(db, {}));
    expect(
      await commitOrganisations(
        db,
        admin,
        again.valid.map((v) => v.value),
      ),
    ).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(await organisationsRepo(db).list(admin)).toHaveLength(4);
  });

  it("imports a district's 200-row list in one transaction", async () => {
    const db = await directory();
    const file = organisationFile({ rows: 200, bad: 5, today, fixed: true });
    const r = await check(await organisationXlsx(file), "direktori.xlsx", await organisationContext(db, {}));
    expect(r.issues).toEqual([]);
    const sum = await commitOrganisations(
      db,
      admin,
      r.valid.map((v) => v.value),
    );
    // "Persatuan Penduduk Blok 1" in Mukim Kuala Lumpur is already there: updated, not duplicated.
    expect(sum).toEqual({ created: 199, updated: 1, unchanged: 0 });
    expect(await organisationsRepo(db).list(admin)).toHaveLength(202);
  });

  it("keeps nothing when a matched entry changed since the check", async () => {
    const db = await directory();
    const r = await check(file, "a.csv", await organisationContext(db, {}));
    const blok = (await organisationsRepo(db).list(admin)).find(
      (o) => o.name === "Persatuan Penduduk Blok 1",
    )!;
    await organisationsRepo(db).update(admin, blok.id, blok.rev, { ...blok, notes: "Disemak" });
    await expect(
      commitOrganisations(
        db,
        admin,
        r.valid.map((v) => v.value),
      ),
    ).rejects.toMatchObject({
      key: "imp.changedSinceCheck",
    });
    expect(await organisationsRepo(db).list(admin)).toHaveLength(3);
  });

  it("refuses a reader (pemerhati) before anything is written", async () => {
    const db = await directory();
    const r = await check(file, "a.csv", await organisationContext(db, {}));
    await expect(
      commitOrganisations(
        db,
        actor("pemerhati"),
        r.valid.map((v) => v.value),
      ),
    ).rejects.toThrow();
    expect(await organisationsRepo(db).list(admin)).toHaveLength(3);
  });
});
