// Why: one search box for persons and cases: any word of a name (prefix, case- and accent-blind), MyKad, record number
// (also an imported case's old one) or phone.
import type { Actor } from "../../shared/domain/access";
import { canSeeSite } from "../../shared/domain/access";
import { nameMatches, parseSearch } from "../../shared/domain/search";
import { readInvestigationRefNo } from "../../shared/domain/aid";
import type { AppDB, CaseRecord, InvestigationRecord, PersonRecord } from "./app-db";

export type SearchResult = {
  persons: PersonRecord[];
  cases: { record: CaseRecord; personName: string }[];
  /** An investigation found by its number (SPH/2026/0042/S1). */
  investigations?: { record: InvestigationRecord; personName: string }[];
};

const LIMIT = 20;

export async function search(db: AppDB, actor: Actor, input: string): Promise<SearchResult> {
  const q = parseSearch(input);
  const visible = (r: { siteId: string; deletedAt: string | null }) =>
    !r.deletedAt && canSeeSite(actor, r.siteId);
  let persons: PersonRecord[] = [];
  let cases: CaseRecord[] = [];
  const refNo = readInvestigationRefNo(input);
  if (refNo) {
    const found = await db.investigations.where("refNo").equals(refNo).filter(visible).toArray();
    const kase = found[0] ? await db.cases.get(found[0].caseId) : undefined;
    const person = kase ? await db.persons.get(kase.personId) : undefined;
    const personName = person?.name ?? "";
    return { persons: [], cases: [], investigations: found.map((record) => ({ record, personName })) };
  }
  switch (q.kind) {
    case "empty":
      return { persons: [], cases: [] };
    case "mykad":
      persons = await db.persons.where("mykad").equals(q.digits).filter(visible).limit(LIMIT).toArray();
      break;
    case "phone":
      persons = await db.persons
        .where("phoneDigits")
        .startsWith(q.digits)
        .filter(visible)
        .limit(LIMIT)
        .toArray();
      break;
    case "recordNo":
      cases = await db.cases.where("recordNo").equals(q.value).filter(visible).toArray();
      break;
    case "name": {
      // The longest typed word narrows the index range most; the others are checked on the few rows left.
      const key = [...q.tokens].sort((a, b) => b.length - a.length)[0]!;
      const seen = new Set<string>();
      persons = await db.persons
        .where("nameTokens")
        .startsWith(key)
        .filter((p) => {
          if (seen.has(p.id) || !visible(p) || !nameMatches(p.nameTokens, q.tokens)) return false;
          seen.add(p.id);
          return true;
        })
        .limit(LIMIT)
        .toArray();
      break;
    }
  }
  if (persons.length && q.kind !== "recordNo") {
    const ids = persons.map((p) => p.id);
    cases = (await db.cases.where("personId").anyOf(ids).filter(visible).toArray())
      .sort((a, b) => b.date.localeCompare(a.date))
      .slice(0, LIMIT);
  }
  // An imported case's number from the old book ("No. rujukan lama"), as typed or in capitals.
  const raw = input.trim();
  const old = await db.cases
    .where("legacyNo")
    .anyOf([...new Set([raw, raw.toUpperCase()])])
    .filter(visible)
    .limit(LIMIT)
    .toArray();
  if (old.length) cases = [...old, ...cases.filter((c) => !old.some((o) => o.id === c.id))].slice(0, LIMIT);
  const personNames = new Map(persons.map((p) => [p.id, p.name]));
  const missing = cases.filter((c) => !personNames.has(c.personId)).map((c) => c.personId);
  if (missing.length) for (const p of await db.persons.bulkGet(missing)) if (p) personNames.set(p.id, p.name);
  return {
    persons,
    cases: cases.map((record) => ({ record, personName: personNames.get(record.personId) ?? "" })),
  };
}
