// Why: the persons and households lists, read a page at a time through indexes ([siteId+unit], households' siteId,
// name words, MyKad, phone), never by reading every person.
import Dexie from "dexie";
import type { Actor } from "../../shared/domain/access";
import { nameMatches, parseSearch } from "../../shared/domain/search";
import type { AppDB, HouseholdRecord, PersonRecord } from "./app-db";
import { sitesFor } from "./register";

/** Household size bands a list can be narrowed to ("tiada" = not grouped in a household yet). */
export const householdSizes = ["tiada", "1", "2-4", "5+"] as const;
export type HouseholdSize = (typeof householdSizes)[number];

export type PersonsFilter = { siteId: string | null; text: string; size: HouseholdSize | null };
export type PersonRow = { person: PersonRecord; householdSize: number | null };
export type HouseholdRow = { household: HouseholdRecord; head: PersonRecord | undefined; members: string[] };
/** Where the next page starts: the site (by its place in the list) and the last row's key within it. */
export type ListCursor = { site: number; unit: string; id: string } | null;

/** At most this many persons are shown for typed words; more words narrow it. */
export const SEARCH_LIMIT = 200;

export function sizeMatches(size: number | null, band: HouseholdSize | null): boolean {
  if (!band) return true;
  if (band === "tiada") return size === null;
  if (size === null) return false;
  return band === "1" ? size === 1 : band === "2-4" ? size >= 2 && size <= 4 : size >= 5;
}

/** Each household of the sites with its size (one index range per site). */
async function householdSizesOf(db: AppDB, siteIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.households
    .where("siteId")
    .anyOf([...siteIds])
    .toArray();
  return new Map(rows.filter((h) => !h.deletedAt).map((h) => [h.id, h.members.length]));
}

function sizeOf(p: PersonRecord, sizes: Map<string, number>): number | null {
  return p.householdId ? (sizes.get(p.householdId) ?? null) : null;
}

/** Persons matching typed words (name, MyKad or phone) through their own index, at most SEARCH_LIMIT. */
export async function searchPersons(
  db: AppDB,
  text: string,
  keep: (p: PersonRecord) => boolean,
): Promise<PersonRecord[]> {
  const q = parseSearch(text);
  switch (q.kind) {
    case "mykad":
      return db.persons.where("mykad").equals(q.digits).filter(keep).limit(SEARCH_LIMIT).toArray();
    case "phone":
      return db.persons.where("phoneDigits").startsWith(q.digits).filter(keep).limit(SEARCH_LIMIT).toArray();
    case "name": {
      const key = [...q.tokens].sort((a, b) => b.length - a.length)[0]!;
      const seen = new Set<string>();
      const found = await db.persons
        .where("nameTokens")
        .startsWith(key)
        .filter((p) => {
          if (seen.has(p.id) || !keep(p) || !nameMatches(p.nameTokens, q.tokens)) return false;
          seen.add(p.id);
          return true;
        })
        .limit(SEARCH_LIMIT)
        .toArray();
      return found.sort((a, b) => a.name.localeCompare(b.name));
    }
    default:
      return [];
  }
}

/**
 * One page of persons: by site, then by unit (the order of the site's doors), through [siteId+unit]; typed words go
 * to the name, MyKad or phone index instead (one page of at most SEARCH_LIMIT).
 */
export async function personsPage(
  db: AppDB,
  actor: Actor,
  f: PersonsFilter,
  cursor: ListCursor,
  limit = 50,
): Promise<{ rows: PersonRow[]; next: ListCursor }> {
  const siteIds = await sitesFor(db, actor, { siteIds: f.siteId ? [f.siteId] : null });
  const sizes = await householdSizesOf(db, siteIds);
  const wanted = (p: PersonRecord) => !p.deletedAt && sizeMatches(sizeOf(p, sizes), f.size);
  const row = (person: PersonRecord): PersonRow => ({ person, householdSize: sizeOf(person, sizes) });
  if (f.text.trim()) {
    const sites = new Set(siteIds);
    const found = await searchPersons(db, f.text, (p) => sites.has(p.siteId) && wanted(p));
    return { rows: found.map(row), next: null };
  }
  const rows: PersonRow[] = [];
  for (let s = cursor?.site ?? 0; s < siteIds.length && rows.length < limit; s++) {
    const siteId = siteIds[s]!;
    const from = cursor && cursor.site === s ? cursor : null;
    const page = await db.persons
      .where("[siteId+unit]")
      .between([siteId, from ? from.unit : Dexie.minKey], [siteId, Dexie.maxKey], true, true)
      .filter((p) => wanted(p) && (!from || p.unit > from.unit || p.id > from.id))
      .limit(limit - rows.length)
      .toArray();
    rows.push(...page.map(row));
    if (rows.length >= limit) {
      const last = page.at(-1)!;
      return { rows, next: { site: s, unit: last.unit, id: last.id } };
    }
  }
  return { rows, next: null };
}

/** One page of households, site by site through the households' siteId index, with the head's name and the members'. */
export async function householdsPage(
  db: AppDB,
  actor: Actor,
  f: Omit<PersonsFilter, "text">,
  cursor: ListCursor,
  limit = 50,
): Promise<{ rows: HouseholdRow[]; next: ListCursor }> {
  const siteIds = await sitesFor(db, actor, { siteIds: f.siteId ? [f.siteId] : null });
  const found: HouseholdRecord[] = [];
  let next: ListCursor = null;
  for (let s = cursor?.site ?? 0; s < siteIds.length && !next; s++) {
    const after = cursor && cursor.site === s ? cursor.id : "";
    const page = await db.households
      .where("siteId")
      .equals(siteIds[s]!)
      .filter((h) => !h.deletedAt && h.id > after && sizeMatches(h.members.length, f.size))
      .limit(limit - found.length)
      .toArray();
    found.push(...page);
    if (found.length >= limit) next = { site: s, unit: "", id: page.at(-1)!.id };
  }
  const people = await db.persons.bulkGet(found.flatMap((h) => h.members.map((m) => m.personId)));
  const byId = new Map(people.filter((p): p is PersonRecord => !!p).map((p) => [p.id, p]));
  const rows = found.map((household) => ({
    household,
    head: byId.get(household.headPersonId),
    members: household.members.map((m) => byId.get(m.personId)?.name ?? "").filter(Boolean),
  }));
  return { rows, next };
}
