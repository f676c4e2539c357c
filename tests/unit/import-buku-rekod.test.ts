// Why: a legacy Buku Rekod imports as the app's own persons and cases: every bad row named, persons matched by
// MyKad and never duplicated, old numbers kept or searchable, all or nothing, and the year's Statistik Kes equal to
// the counts made from the spreadsheet.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readBook } from "../../shared/import/read";
import { findTable } from "../../shared/import/table";
import { suggestMapping } from "../../shared/import/mapping";
import { checkRows } from "../../shared/import/check";
import { errorsWorkbook } from "../../shared/import/errors-workbook";
import { bukuRekodSpec, type BukuRekodContext } from "../../shared/import/buku-rekod";
import { bukuRekodContext, commitBukuRekod } from "../../renderer/features/import/buku-rekod";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { personsRepo } from "../../renderer/db/repositories/persons";
import { casesRepo } from "../../renderer/db/repositories/cases";
import { search } from "../../renderer/db/search";
import { loadStatistikKesFigures } from "../../renderer/features/laporan/load";
import { statistikKesModel } from "../../shared/reports/statistik-kes/model";
import { TARGET_GROUP_LABELS } from "../../shared/reports/statistik-kes/model";
import { targetGroups, serviceTypes } from "../../shared/domain/codes";
import { todayIn } from "../../shared/domain/dates";
import type { AppDB } from "../../renderer/db/app-db";
import { legacyXlsx, type LegacySpec } from "../fixtures/legacy-buku-rekod";
import { actor, freshDb, siteInput } from "./helpers";
import { expectTalliesRight } from "./stat-tallies-world";

const admin = actor("pentadbir", [], "u-admin");
const today = todayIn();
const year = Number(today.slice(0, 4)) - 1;

async function office() {
  const db = freshDb();
  const sph = await sitesRepo(db).create(admin, siteInput("SPH", "PPR Seri Pahang"));
  const tpd = await sitesRepo(db).create(admin, siteInput("TPD", "PPR Taman Putra Damai"));
  const now = new Date().toISOString();
  const meta = {
    createdAt: now,
    createdBy: "system",
    updatedAt: now,
    updatedBy: "system",
    rev: 1,
    deletedAt: null,
  };
  await db.users.add({
    ...meta,
    id: "u-aminah",
    username: "ppk.aminah",
    name: "Aminah binti Hassan",
    role: "ppk",
    siteIds: [sph.id],
    disabled: false,
  } as never);
  return { db, sph, tpd };
}

async function checked(
  db: AppDB,
  bytes: Uint8Array,
  who = admin,
  defaults: BukuRekodContext["defaults"] = {},
) {
  const book = await readBook(bytes, "buku.xlsx");
  const table = findTable(book.sheets.at(-1)!, bukuRekodSpec.fields);
  const columns = suggestMapping(table.headers, bukuRekodSpec.fields);
  const ctx = await bukuRekodContext(db, who, defaults);
  return { table, columns, ...(await checkRows(table, columns, bukuRekodSpec, ctx)) };
}

const spec = (over: Partial<LegacySpec> = {}): LegacySpec => ({
  rows: 300,
  bad: 20,
  siteCodes: ["SPH", "TPD"],
  officer: "AMINAH BINTI HASSAN",
  year,
  today,
  ...over,
});

describe("legacy Buku Rekod import", () => {
  it("names every bad row with its row number, column, value and reason, and hands them back as a workbook", async () => {
    const { db } = await office();
    const { bytes, truth } = await legacyXlsx(spec());
    const r = await checked(db, bytes);
    expect(r.valid).toHaveLength(280);
    expect(r.badRows.map((b) => b.rowNo)).toEqual(truth.bad.map((b) => b.rowNo));
    for (const b of truth.bad) {
      const found = r.issues.filter((i) => i.row === b.rowNo);
      expect(found, `row ${b.rowNo}`).toEqual([
        expect.objectContaining({ column: b.column, reason: b.reason }),
      ]);
    }
    const date = r.issues.find((i) => i.reason === "imp.date")!;
    expect(date.value).toBe(`31/02/${year}`);

    const bytesOut = await errorsWorkbook(r.table, r.badRows, r.issues, (i) => `${i.column}: ${i.reason}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytesOut as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(21);
    const head = (ws.getRow(1).values as unknown[]).slice(1);
    expect(head).toEqual([...r.table.headers, "Sebab", "Baris asal"]);
    const first = ws.getRow(2);
    expect(first.getCell(r.table.headers.length + 1).value).toBe(`Tarikh: imp.date`);
    expect(first.getCell(r.table.headers.length + 2).value).toBe(truth.bad[0]!.rowNo);
    // The bad row as it was: its cells unchanged.
    expect(first.getCell(3).value).toBe(`31/02/${year}`);
    db.close();
  });

  it("reads each row as it will be stored: title-cased names, MyKad with dashes and its zero, codes from words", async () => {
    const { db, sph } = await office();
    const { bytes } = await legacyXlsx(spec({ rows: 40, bad: 0, siteCodes: ["SPH"] }));
    const r = await checked(db, bytes);
    expect(r.issues).toEqual([]);
    const second = r.valid[1]!.value;
    expect(second.person.name).not.toMatch(/^[A-Z ]+$/);
    expect(second.person.docNo).toMatch(/^\d{6}-\d{2}-\d{4}$/);
    expect(second.person.siteId).toBe(sph.id);
    expect(second.case.officerId).toBe("u-aminah");
    expect(r.valid.every((v) => targetGroups.includes(v.value.case.targetGroup))).toBe(true);
    expect(r.valid.every((v) => serviceTypes.includes(v.value.case.service))).toBe(true);
    // Rows 0, 3, 6 ... wrote the MyKad as a number; those born 2000-2009 lost their zero and got it back.
    expect(r.valid.every((v) => v.value.mykad && v.value.mykad.length === 12)).toBe(true);
    db.close();
  });

  it("imports all valid rows in one transaction: persons matched by MyKad, old numbers kept or searchable", async () => {
    const { db, sph } = await office();
    // One person already registered at SPH (registered from another book's first row).
    const earlier = await checked(
      db,
      (await legacyXlsx(spec({ rows: 1, bad: 0, siteCodes: ["SPH"], seed: 5 }))).bytes,
    );
    const known = await personsRepo(db).create(admin, earlier.valid[0]!.value.person);
    const { bytes, truth } = await legacyXlsx(spec({ known: [{ mykad: known.mykad!, siteCode: "SPH" }] }));
    // A case numbered SPH/{year}/5003 already exists: that old number is not free and goes to "No. rujukan lama".
    const taken = truth.good.filter((g) => g.keeps && g.siteCode === "SPH")[2]!;
    await db.counters.put({ key: `case:${sph.id}:${year}`, next: 5003 });
    await db.cases.add({ ...(await someCase(db, known.id, sph.id)), recordNo: taken.legacyNo } as never);
    const before = await db.cases.count();
    const r = await checked(db, bytes);
    expect(r.valid).toHaveLength(truth.good.length);
    let steps: string[] = [];
    const summary = await commitBukuRekod(
      db,
      admin,
      r.valid.map((v) => v.value),
      (s) => (steps = [...steps, s]),
    );
    expect(steps).toEqual(["persons", "cases", "done"]);
    expect(summary).toEqual({
      personsCreated: truth.personsNew,
      personsMatched: 1,
      casesCreated: truth.good.length,
      numbersKept: truth.good.filter((g) => g.keeps).length - 1,
      legacyKept: truth.good.filter((g) => g.legacyNo).length - truth.good.filter((g) => g.keeps).length + 1,
    });
    expect(await db.cases.count()).toBe(before + truth.good.length);
    // Never duplicated: one person per MyKad.
    const persons = await db.persons.toArray();
    expect(new Set(persons.map((p) => p.mykad)).size).toBe(persons.length);
    expect(persons).toHaveLength(1 + truth.personsNew);
    // A kept number is the case's record number, and the site's counter moved past the highest kept.
    const kept = truth.good.find((g) => g.keeps && g.siteCode === "SPH")!;
    const keptCase = await db.cases.where("recordNo").equals(kept.legacyNo).first();
    expect(keptCase?.legacyNo).toBeUndefined();
    const highest = Math.max(
      ...truth.good.filter((g) => g.keeps && g.siteCode === "SPH").map((g) => Number(g.legacyNo.slice(-4))),
    );
    const counter = await db.counters.get(`case:${sph.id}:${year}`);
    expect(counter!.next).toBeGreaterThan(highest);
    // The taken one got a new number and is found by its old one.
    const hit = await search(db, admin, taken.legacyNo);
    const moved = hit.cases.find((c) => c.record.legacyNo === taken.legacyNo);
    expect(moved?.record.recordNo).toMatch(new RegExp(`^SPH/${year}/\\d{4}$`));
    const other = truth.good.find((g) => g.legacyNo.startsWith("BR-"))!;
    const found = await search(db, admin, other.legacyNo);
    expect(found.cases.map((c) => c.record.legacyNo)).toContain(other.legacyNo);
    // Audit rows as the repositories make them: one import row per table.
    const audit = (await db.audit.toArray()).filter((a) => a.action === "import");
    expect(audit.map((a) => a.table).sort()).toEqual(["cases", "persons"]);
    await expectTalliesRight(db, "after the import");
    db.close();
  });

  it("keeps nothing when any part of the commit is refused", async () => {
    const { db, sph } = await office();
    const { bytes } = await legacyXlsx(spec({ rows: 60, bad: 0 }));
    const r = await checked(db, bytes);
    const rows = r.valid.map((v) => v.value);
    // The site of the last row's person disappears between the check and the commit.
    const last = rows.at(-1)!;
    const site = await db.sites.get(last.case.siteId);
    await db.sites.update(site!.id, { deletedAt: new Date().toISOString() });
    const counts = async () =>
      Promise.all([
        db.persons.count(),
        db.cases.count(),
        db.counters.count(),
        db.audit.count(),
        db.statTallies.count(),
      ]);
    const before = await counts();
    await expect(commitBukuRekod(db, admin, rows)).rejects.toThrow();
    expect(await counts()).toEqual(before);
    void sph;
    db.close();
  });

  it("a PPK imports only into their own sites: rows of other sites are named, not imported", async () => {
    const { db, sph } = await office();
    const ppk = actor("ppk", [sph.id], "u-aminah");
    const { bytes, truth } = await legacyXlsx(spec({ rows: 80, bad: 0 }));
    const r = await checked(db, bytes, ppk);
    const tpdRows = truth.good.filter((g) => g.siteCode === "TPD").map((g) => g.rowNo);
    expect(tpdRows.length).toBeGreaterThan(5);
    expect(r.badRows.map((b) => b.rowNo)).toEqual(tpdRows);
    expect(new Set(r.issues.map((i) => i.reason))).toEqual(new Set(["imp.site"]));
    const summary = await commitBukuRekod(
      db,
      ppk,
      r.valid.map((v) => v.value),
    );
    expect(summary.casesCreated).toBe(80 - tpdRows.length);
    db.close();
  });

  it("after importing a year, Statistik Kes for that year equals the counts made from the spreadsheet", async () => {
    const { db, sph, tpd } = await office();
    const { bytes, truth } = await legacyXlsx(spec({ rows: 500, bad: 25 }));
    const r = await checked(db, bytes);
    await commitBukuRekod(
      db,
      admin,
      r.valid.map((v) => v.value),
    );
    const sites = [sph, tpd];
    const figures = await loadStatistikKesFigures(
      db,
      sites.map((s) => s.id),
      year,
    );
    const model = statistikKesModel({
      year,
      month: 12,
      district: "Lembah Pantai",
      sites: sites.map((s) => ({ id: s.id, name: s.name })),
      ...figures,
      letterhead: {
        organisation: "JKM",
        officeLine: "PKMD Lembah Pantai",
        address: "Jalan Pantai",
        phone: "",
      },
      stamp: { app: "Rekod Komuniti", version: "0.1.0", at: new Date().toISOString(), by: "Pentadbir" },
      signature: { preparedBy: { name: "Aminah", jawatan: "PPK" }, reviewedBy: { name: "Rahman" } },
    });
    // The counts a person makes from the spreadsheet: its good rows by site, month, target group, sex and service.
    for (const sheet of model.sheets) {
      const code = sheet.key === "daerah" ? null : sites.find((s) => s.id === sheet.key)!.code;
      const rows = truth.good.filter((g) => code === null || g.siteCode === code);
      const byMonth = (keep: (g: (typeof rows)[number]) => boolean) =>
        Array.from(
          { length: 12 },
          (_, m) => rows.filter((g) => keep(g) && Number(g.date.slice(5, 7)) === m + 1).length,
        );
      for (const g of targetGroups)
        for (const s of ["L", "P"] as const)
          expect(
            sheet.rows.find((x) => x.id === `A.${g}.${s}`)!.months,
            `${sheet.name} ${TARGET_GROUP_LABELS[g]} ${s}`,
          ).toEqual(byMonth((x) => x.targetGroup === g && x.sex === s));
      for (const s of serviceTypes)
        expect(sheet.rows.find((x) => x.id === `B.${s}`)!.months, `${sheet.name} ${s}`).toEqual(
          byMonth((x) => x.service === s),
        );
      expect(sheet.rows.find((x) => x.id === "TOTAL")?.total ?? rows.length).toBe(rows.length);
    }
    expect(model.sheets[0]!.key).toBe("daerah");
    db.close();
  });
});

async function someCase(db: AppDB, personId: string, siteId: string) {
  const c = await casesRepo(db).create(admin, {
    siteId,
    personId,
    date: `${year}-01-02`,
    targetGroup: "miskin",
    problem: "Kes sedia ada",
    service: "nasihat",
    action: "",
    officerId: "u-aminah",
    followUpDate: "",
    status: "selesai",
  });
  await db.cases.delete(c.id);
  return { ...c, id: `${c.id}x` };
}
