// Why: Buku Rekod entries; the record number is taken from a per-site, per-year counter inside the save, never reused.
import {
  caseNoteSchema,
  officerNoteSchema,
  caseSchema,
  counterKey,
  formatRecordNo,
  readRecordNo,
  type CaseNoteInput,
} from "../../../shared/domain/case";
import { todayIn } from "../../../shared/domain/dates";
import type { Actor } from "../../../shared/domain/access";
import type { Stored } from "../../../shared/domain/record";
import type { AppDB, CaseData, CaseNoteData, CaseRecord } from "../app-db";
import { AccessError, ValidationError } from "../errors";
import { mayKeepNumber, numberingTables, readNumbering, takeNumber } from "../exchange/identity";
import { Repository, validate } from "./repository";
import { z } from "zod";

function schema() {
  const base = caseSchema(todayIn());
  return z.unknown().transform((input, ctx): CaseData => {
    const r = base.safeParse(input);
    if (!r.success) {
      for (const issue of r.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      return z.NEVER;
    }
    const legacy = legacySchema.safeParse(input);
    if (!legacy.success) {
      ctx.addIssue({ code: "custom", path: ["legacyNo"], message: legacy.error.issues[0]!.message });
      return z.NEVER;
    }
    // Numbering fields are never taken from input: a new case gets them in onCreate, an update keeps the stored ones.
    // An imported case may bring the number of the old book (legacyNo), kept as its number when it fits and is free.
    const { legacyNo } = legacy.data;
    return (legacyNo ? { ...r.data, legacyNo } : r.data) as CaseData;
  });
}

const legacySchema = z.object({ legacyNo: z.string().trim().max(40, "v.maxLength:40").optional() });

type Numbered = { record: Stored<CaseData>; key: string; year: number; code: string };

/**
 * Gives each new case its record number, inside the write's transaction: the next of this PC's numbers for the site
 * and year (its own blocks once the office exchanges, so two PCs never give one number: identity.ts). A case bringing
 * an old number (legacyNo) that reads {KOD}/{TAHUN}/{NNNN} for its own site and year, is one this PC may keep and is
 * not taken (by a stored case, deleted or not, or an earlier case of the batch) keeps it, and the site's counter for
 * that year moves past it; every other case gets the next number, and its old number stays in legacyNo, where search
 * finds it.
 */
async function giveNumbers(database: AppDB, items: readonly Numbered[]): Promise<Stored<CaseData>[]> {
  const numbering = await readNumbering(database);
  const wanted = items.map(({ record, year, code }) => {
    const r = record.legacyNo ? readRecordNo(record.legacyNo) : null;
    return r && r.code === code && r.year === year && r.seq > 0 && mayKeepNumber(numbering, r.seq) ? r : null;
  });
  const asked = [...new Set(wanted.flatMap((w) => (w ? [w.recordNo] : [])))];
  const taken = new Set(
    asked.length ? ((await database.cases.where("recordNo").anyOf(asked).keys()) as string[]) : [],
  );
  const keep = wanted.map((w) => {
    if (!w || taken.has(w.recordNo)) return null;
    taken.add(w.recordNo);
    return w;
  });
  const keys = [...new Set(items.map((o) => o.key))];
  const counters = await database.counters.bulkGet(keys);
  const next = new Map(keys.map((k, i) => [k, counters[i]?.next ?? 1]));
  items.forEach((o, i) => {
    const k = keep[i];
    if (k && k.seq >= next.get(o.key)!) next.set(o.key, k.seq + 1);
  });
  const numbered = items.map(({ record, key, year, code }, i) => {
    const k = keep[i];
    if (k) {
      const { legacyNo: _, ...rest } = record;
      return { ...rest, year, seq: k.seq, recordNo: k.recordNo } as Stored<CaseData>;
    }
    const seq = takeNumber(numbering, next.get(key)!);
    next.set(key, seq + 1);
    return { ...record, year, seq, recordNo: formatRecordNo(code, year, seq) };
  });
  await database.counters.bulkPut([...next].map(([key, n]) => ({ key, next: n })));
  return numbered;
}

export function casesRepo(db: AppDB): Repository<CaseData> {
  return new Repository<CaseData>(db, db.cases, {
    tableName: "cases",
    schema: schema() as unknown as z.ZodType<CaseData>,
    deleteNeedsReason: true,
    label: (c) => c.recordNo || c.problem.slice(0, 60),
    siteOf: (c) => c.siteId,
    writePermission: "records.write",
    checkTables: (d) => [d.persons, d.sites, ...numberingTables(d)],
    check: async (database, c, id) => {
      const person = await database.persons.get(c.personId);
      if (!person || person.deletedAt) throw new ValidationError({ personId: "v.casePerson" });
      if (person.siteId !== c.siteId) throw new ValidationError({ personId: "v.casePersonSite" });
      if (id) {
        const before = await database.cases.get(id);
        if (before && before.siteId !== c.siteId) throw new ValidationError({ siteId: "v.caseSiteFixed" });
        // The record number names the year (SPH/2026/0042): the date may be corrected within it, not moved out.
        if (before?.year && Number(c.date.slice(0, 4)) !== before.year)
          throw new ValidationError({ date: `v.caseYearFixed:${before.year}` });
      }
    },
    prepareMany: async (database, records) => {
      // Each person once, however many of the batch's cases are theirs.
      const personIds = [...new Set(records.map((r) => r.personId))];
      const found = await database.persons.bulkGet(personIds);
      const persons = new Map(personIds.map((id, i) => [id, found[i]]));
      const sites = new Map((await database.sites.toArray()).map((x) => [x.id, x]));
      const out = records.map((record) => {
        const person = persons.get(record.personId);
        if (!person || person.deletedAt) throw new ValidationError({ personId: "v.casePerson" });
        if (person.siteId !== record.siteId) throw new ValidationError({ personId: "v.casePersonSite" });
        const site = sites.get(record.siteId);
        if (!site || site.deletedAt) throw new ValidationError({ siteId: "v.siteMissing" });
        const year = Number(record.date.slice(0, 4));
        return { record, key: counterKey(record.siteId, year), year, code: site.code };
      });
      return giveNumbers(database, out);
    },
    onCreate: async (database, record) => {
      const site = await database.sites.get(record.siteId);
      if (!site || site.deletedAt) throw new ValidationError({ siteId: "v.siteMissing" });
      const year = Number(record.date.slice(0, 4));
      const [numbered] = await giveNumbers(database, [
        { record, key: counterKey(record.siteId, year), year, code: site.code },
      ]);
      return numbered!;
    },
  });
}

/** Notes and actions on a case's timeline; they belong to the case's site. */
export function caseNotesRepo(db: AppDB): Repository<CaseNoteData> {
  return new Repository<CaseNoteData>(db, db.caseNotes, {
    tableName: "caseNotes",
    schema: caseNoteSchema.extend({ siteId: z.string().min(1) }),
    label: (n) => (n.text || n.event || "").slice(0, 60),
    siteOf: (n) => n.siteId,
    writePermission: "records.write",
    checkTables: (d) => [d.cases],
    check: async (database, n) => {
      // An entry is either the officer's words or an event the app names by its code.
      if (!n.event && n.text.length < 2) throw new ValidationError({ text: "v.minLength:2" });
      const c = await database.cases.get(n.caseId);
      if (!c || c.deletedAt || c.siteId !== n.siteId) throw new ValidationError({ caseId: "v.required" });
    },
  });
}

export async function addCaseNote(
  db: AppDB,
  actor: Actor,
  c: CaseRecord,
  input: Omit<CaseNoteInput, "caseId">,
) {
  const note = validate(officerNoteSchema, { ...input, caseId: c.id });
  if (note.date > todayIn()) throw new ValidationError({ date: "v.futureDate" });
  if (note.date < c.date) throw new ValidationError({ date: "v.noteBeforeCase" });
  return caseNotesRepo(db).create(actor, { ...note, siteId: c.siteId });
}

/** A case with its timeline, oldest first; refused when the actor may not see the case's site. */
export async function caseWithTimeline(db: AppDB, actor: Actor, id: string) {
  const c = await casesRepo(db).get(actor, id);
  const [person, notes] = await Promise.all([
    db.persons.get(c.personId),
    db.caseNotes
      .where("caseId")
      .equals(id)
      .filter((n) => !n.deletedAt)
      .toArray(),
  ]);
  if (!person) throw new AccessError();
  notes.sort((a, b) => (a.date + a.createdAt).localeCompare(b.date + b.createdAt));
  return { case: c, person, notes };
}
