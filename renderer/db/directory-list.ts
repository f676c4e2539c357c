// Why: the directory list (#/direktori) and every directory picker read organisations through their indexes (name
// words, phone digits, service words, kind, area, target group), a page at a time, never the whole table.
import Dexie from "dexie";
import type { TargetGroup } from "../../shared/domain/codes";
import type { OrganisationKind } from "../../shared/domain/directory";
import { nameMatches, nameTokens, parseSearch } from "../../shared/domain/search";
import type { AppDB, OrganisationRecord } from "./app-db";

export type DirectoryFilter = {
  /** Words of the name or of a service, or phone digits. */
  text: string;
  kind: OrganisationKind | null;
  area: string | null;
  targetGroup: TargetGroup | null;
  /** Words of a service ("kaunseling", "bantuan makanan"). */
  service: string;
};

export const noDirectoryFilter: DirectoryFilter = {
  text: "",
  kind: null,
  area: null,
  targetGroup: null,
  service: "",
};

/** Where the next page starts: the last row's name and id (the name index's order). */
export type DirectoryCursor = { name: string; id: string } | null;
export type DirectoryPage = { rows: OrganisationRecord[]; next: DirectoryCursor };

/** At most this many entries are read for typed words; more words narrow it. */
export const DIRECTORY_SEARCH_LIMIT = 200;

type Typed =
  | { kind: "none" }
  | { kind: "phone"; digits: string }
  | { kind: "words"; tokens: string[] }
  | { kind: "nothing" };

/** What was typed: phone digits (7 or more), words, or nothing usable. */
function readTyped(text: string): Typed {
  if (!text.trim()) return { kind: "none" };
  const q = parseSearch(text);
  // A MyKad-length number is no MyKad here: an organisation's phone may have 12 digits with its country code.
  if (q.kind === "phone" || q.kind === "mykad") return { kind: "phone", digits: q.digits };
  const tokens = nameTokens(text);
  return tokens.length ? { kind: "words", tokens } : { kind: "nothing" };
}

/** Whether every typed word starts a word of the name or of a service. */
function wordsMatch(o: OrganisationRecord, tokens: readonly string[]): boolean {
  return tokens.every((q) => nameMatches(o.nameTokens, [q]) || nameMatches(o.serviceKeys, [q]));
}

/** The filters other than typed words, as one test on a row. */
function passes(o: OrganisationRecord, f: DirectoryFilter, service: string[]): boolean {
  return (
    !o.deletedAt &&
    (!f.kind || o.kind === f.kind) &&
    (!f.area || o.area === f.area) &&
    (!f.targetGroup || o.targetGroups.includes(f.targetGroup)) &&
    nameMatches(o.serviceKeys, service)
  );
}

const byName = (a: OrganisationRecord, b: OrganisationRecord) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const after = (o: OrganisationRecord, c: DirectoryCursor) =>
  !c || o.name > c.name || (o.name === c.name && o.id > c.id);

/** Rows are read this many at a time once their keys are known. */
const READ_CHUNK = 100;

/** Primary keys of entries matching typed words or digits (keys only, no rows read): the longest word's index. */
async function typedIds(db: AppDB, typed: Typed): Promise<string[]> {
  if (typed.kind === "phone")
    return db.organisations.where("phoneKeys").startsWith(typed.digits).primaryKeys();
  if (typed.kind !== "words") return [];
  const key = [...typed.tokens].sort((a, b) => b.length - a.length)[0]!;
  const [byName, byService] = await Promise.all([
    db.organisations.where("nameTokens").startsWith(key).primaryKeys(),
    db.organisations.where("serviceKeys").startsWith(key).primaryKeys(),
  ]);
  return [...byName, ...byService];
}

/** The rows of `ids` that `keep` accepts, read a chunk at a time, at most `limit`. */
async function readKept(
  db: AppDB,
  ids: readonly string[],
  keep: (o: OrganisationRecord) => boolean,
  limit: number,
): Promise<OrganisationRecord[]> {
  const out: OrganisationRecord[] = [];
  for (let i = 0; i < ids.length && out.length < limit; i += READ_CHUNK) {
    for (const o of await db.organisations.bulkGet(ids.slice(i, i + READ_CHUNK))) {
      if (o && keep(o) && out.length < limit) out.push(o);
    }
  }
  return out;
}

/**
 * Entries matching typed words or digits, at most DIRECTORY_SEARCH_LIMIT. With other filters set, or for digits, the
 * keys of the typed index and of each filter's index are read and intersected, then only the matches are read; with
 * words alone the word's index is walked row by row until enough match (a common word stops early).
 */
async function typedMatches(
  db: AppDB,
  typed: Exclude<Typed, { kind: "none" }>,
  f: DirectoryFilter,
  service: string[],
  keep: (o: OrganisationRecord) => boolean,
): Promise<OrganisationRecord[]> {
  if (typed.kind === "nothing") return [];
  const matches =
    typed.kind === "words" ? (o: OrganisationRecord) => keep(o) && wordsMatch(o, typed.tokens) : keep;
  const filtered = f.kind || f.area || f.targetGroup || service.length > 0;
  if (typed.kind === "words" && !filtered) return walkWords(db, typed.tokens, matches);
  const [found, allowed] = await Promise.all([typedIds(db, typed), idsOf(db, f, service)]);
  const ids = [...new Set(found)].filter((id) => !allowed || allowed.has(id));
  return readKept(db, ids, matches, DIRECTORY_SEARCH_LIMIT);
}

/** The name-word index, then the service-word index, walked from the longest typed word until enough match. */
async function walkWords(
  db: AppDB,
  tokens: readonly string[],
  matches: (o: OrganisationRecord) => boolean,
): Promise<OrganisationRecord[]> {
  const key = [...tokens].sort((a, b) => b.length - a.length)[0]!;
  const seen = new Set<string>();
  const take = (o: OrganisationRecord) => {
    if (seen.has(o.id) || !matches(o)) return false;
    seen.add(o.id);
    return true;
  };
  const byNameWord = await db.organisations
    .where("nameTokens")
    .startsWith(key)
    .filter(take)
    .limit(DIRECTORY_SEARCH_LIMIT)
    .toArray();
  if (byNameWord.length >= DIRECTORY_SEARCH_LIMIT) return byNameWord;
  const byService = await db.organisations
    .where("serviceKeys")
    .startsWith(key)
    .filter(take)
    .limit(DIRECTORY_SEARCH_LIMIT - byNameWord.length)
    .toArray();
  return [...byNameWord, ...byService];
}

/** The ids one indexed filter allows (keys only, no rows read); null when the filter is not set. */
async function idsOf(db: AppDB, f: DirectoryFilter, service: string[]): Promise<Set<string> | null> {
  const sets: Promise<string[]>[] = [];
  if (f.kind) sets.push(db.organisations.where("kind").equals(f.kind).primaryKeys());
  if (f.area) sets.push(db.organisations.where("area").equals(f.area).primaryKeys());
  if (f.targetGroup) sets.push(db.organisations.where("targetGroups").equals(f.targetGroup).primaryKeys());
  const longest = [...service].sort((a, b) => b.length - a.length)[0];
  if (longest) sets.push(db.organisations.where("serviceKeys").startsWith(longest).primaryKeys());
  if (!sets.length) return null;
  const [first, ...rest] = (await Promise.all(sets)).map((ids) => new Set(ids));
  return new Set([...first!].filter((id) => rest.every((s) => s.has(id))));
}

/**
 * One page of the directory in name order. Typed words or digits go to the name-word, service-word or phone index
 * (at most DIRECTORY_SEARCH_LIMIT entries, one page); the other filters narrow through their own indexes. Keys are
 * read first and intersected, so only entries that match are read, all in one read transaction; with nothing chosen
 * the name index is walked from the cursor.
 */
export async function directoryPage(
  db: AppDB,
  f: DirectoryFilter,
  cursor: DirectoryCursor,
  limit = 50,
): Promise<DirectoryPage> {
  const service = nameTokens(f.service);
  const keep = (o: OrganisationRecord) => passes(o, f, service);
  const typed = readTyped(f.text);
  if (typed.kind !== "none") {
    const rows = await db.transaction("r", db.organisations, () => typedMatches(db, typed, f, service, keep));
    return { rows: rows.sort(byName), next: null };
  }
  const filtered = await db.transaction("r", db.organisations, async () => {
    const ids = await idsOf(db, f, service);
    return ids && (await db.organisations.bulkGet([...ids]));
  });
  if (filtered) {
    const rows = filtered
      .filter((o): o is OrganisationRecord => !!o && keep(o) && after(o, cursor))
      .sort(byName);
    const page = rows.slice(0, limit);
    return { rows: page, next: rows.length > limit ? pageEnd(page) : null };
  }
  const page = await db.organisations
    .where("name")
    .between(cursor ? cursor.name : Dexie.minKey, Dexie.maxKey, true, true)
    .filter((o) => keep(o) && after(o, cursor))
    .limit(limit + 1)
    .toArray();
  const rows = page.slice(0, limit);
  return { rows, next: page.length > limit ? pageEnd(rows) : null };
}

function pageEnd(rows: OrganisationRecord[]): DirectoryCursor {
  const last = rows.at(-1);
  return last ? { name: last.name, id: last.id } : null;
}

/** The areas entries are in, for the area filter (the index's keys only). */
export async function directoryAreas(db: AppDB): Promise<string[]> {
  const keys = (await db.organisations.orderBy("area").uniqueKeys()) as string[];
  return keys.filter((k) => typeof k === "string" && k.trim() !== "");
}

/** How many live entries there are (two index counts: deleted entries are the ones with a deletedAt key). */
export async function directoryCount(db: AppDB): Promise<number> {
  const [all, deleted] = await Promise.all([
    db.organisations.count(),
    db.organisations.where("deletedAt").above("").count(),
  ]);
  return all - deleted;
}

/** Entries for a picker: typed words or digits through the indexes, else the first by name; never deleted ones. */
export async function pickOrganisations(db: AppDB, text: string, limit = 30): Promise<OrganisationRecord[]> {
  const f = { ...noDirectoryFilter, text };
  if (readTyped(text).kind === "none") return (await directoryPage(db, f, null, limit)).rows;
  return (await directoryPage(db, f, null)).rows.slice(0, limit);
}
