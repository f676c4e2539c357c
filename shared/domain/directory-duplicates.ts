// Why: the directory lists its likely duplicates (same or similar name in the same area, or the same phone) for a
// person to merge; this decides which pairs, without reading anything.
import { nameTokens, normaliseText, wordsAlike } from "./search";

/** Short forms offices type for the same word. */
const SHORT_FORMS: Record<string, string> = {
  kg: "kampung",
  kpg: "kampung",
  tmn: "taman",
  jln: "jalan",
  bdr: "bandar",
  sri: "seri",
  pers: "persatuan",
  bhd: "berhad",
  sdn: "sendirian",
  utk: "untuk",
  dgn: "dengan",
};

/**
 * Words that say what kind of organisation it is. Two names that both have some and share none are two organisations
 * ("Klinik Kesihatan Pantai", "Persatuan Penduduk PPR Seri Pantai"); alone they make no two names alike.
 */
const TYPE_WORDS = new Set([
  "sekolah",
  "sk",
  "smk",
  "klinik",
  "kesihatan",
  "hospital",
  "masjid",
  "surau",
  "kuil",
  "gereja",
  "tokong",
  "persatuan",
  "pertubuhan",
  "kelab",
  "koperasi",
  "yayasan",
  "majlis",
  "jawatankuasa",
  "jkkk",
  "pusat",
  "jabatan",
  "pejabat",
  "cawangan",
  "penduduk",
  "komuniti",
  "kebajikan",
  "masyarakat",
  "kebangsaan",
  "berhad",
  "sendirian",
]);

/** Places and small words many unrelated names share: "Persatuan Penduduk PPR Kerinchi" is not told by "PPR". */
const PLACE_AND_LINK_WORDS = new Set([
  "daerah",
  "negeri",
  "malaysia",
  "ppr",
  "taman",
  "kampung",
  "jalan",
  "bandar",
  "dan",
  "di",
  "untuk",
  "dengan",
  "the",
  "of",
  "and",
]);

const generic = (w: string) => TYPE_WORDS.has(w) || PLACE_AND_LINK_WORDS.has(w);

function words(name: string): string[] {
  return nameTokens(name).map((w) => SHORT_FORMS[w] ?? w);
}

/** Words one letter apart are alike, numbers only when equal (Blok 12 is not Blok 13). */
function alike(a: string, b: string): boolean {
  return /\d/.test(a) || /\d/.test(b) ? a === b : wordsAlike(a, b);
}

/** A name's words with short forms written out, and the telling ones among them. */
type Named = { words: string[]; telling: string[] };

function named(name: string): Named {
  const w = words(name);
  return { words: w, telling: w.filter((x) => !generic(x)) };
}

const numbers = (w: readonly string[]) => [...new Set(w.filter((x) => /\d/.test(x)))].sort().join(" ");

function namedAlike(a: Named, b: Named): boolean {
  if (a.words.length && a.words.join(" ") === b.words.join(" ")) return true;
  if (!a.telling.length || !b.telling.length) return false;
  if (numbers(a.telling) !== numbers(b.telling)) return false;
  const ka = a.words.filter((w) => TYPE_WORDS.has(w));
  const kb = b.words.filter((w) => TYPE_WORDS.has(w));
  if (ka.length && kb.length && !ka.some((w) => kb.includes(w))) return false;
  const [short, long] =
    a.telling.length <= b.telling.length ? [a.telling, b.telling] : [b.telling, a.telling];
  const matched = short.filter((w) => long.some((v) => alike(w, v))).length;
  return matched === short.length && matched / long.length >= 0.5;
}

/**
 * Whether two organisation names are probably one organisation written twice: the same words (short forms and case
 * aside), or every telling word of the shorter name alike (one letter apart at most, numbers equal) to one of the
 * other's, and those at least half of the other's.
 */
export function organisationNamesAlike(a: string, b: string): boolean {
  return namedAlike(named(a), named(b));
}

export type DuplicateCandidate = { id: string; name: string; area: string; phoneKeys: readonly string[] };
export type DuplicateReason = "name" | "phone";
/** Two entries that look like one; `a` is the older id (ids are time-ordered). */
export type DuplicatePair = { a: string; b: string; reasons: DuplicateReason[] };

type Prepared = DuplicateCandidate & Named & { keys: string[] };

/** The buckets a name falls in within its area: the first three letters of each telling word, else its whole text. */
function prepare(e: DuplicateCandidate): Prepared {
  const n = named(e.name);
  const area = normaliseText(e.area);
  const keys = n.telling.length
    ? [...new Set(n.telling.map((w) => `${area}:${w.slice(0, 3)}`))]
    : [`${area}=${n.words.join(" ")}`];
  return { ...e, ...n, keys };
}

/**
 * Every likely duplicate pair among live entries: alike names in the same area (the area compared as normalised text,
 * two empty areas being the same), or a shared phone (`phoneKeys`, any area). An entry is compared only with those
 * in the bucket of its rarest telling word (an alike pair shares the shorter name's every telling word, so it meets
 * there), so a district of thousands is not compared pair by pair. Name pairs come first, then by the older entry.
 */
export function findDuplicates(entries: readonly DuplicateCandidate[]): DuplicatePair[] {
  const pairs = new Map<string, DuplicatePair>();
  const add = (x: DuplicateCandidate, y: DuplicateCandidate, reason: DuplicateReason) => {
    const [a, b] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
    const key = `${a}|${b}`;
    const pair = pairs.get(key) ?? { a, b, reasons: [] };
    if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
    pairs.set(key, pair);
  };
  const group = <T>(map: Map<string, T[]>, key: string, item: T) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  const prepared = entries.map(prepare);
  const byName = new Map<string, Prepared[]>();
  const byPhone = new Map<string, Prepared[]>();
  for (const p of prepared) {
    for (const k of p.keys) group(byName, k, p);
    for (const phone of new Set(p.phoneKeys)) group(byPhone, phone, p);
  }
  const compared = new Set<string>();
  for (const p of prepared) {
    const probe = p.keys.reduce((best, k) => (byName.get(k)!.length < byName.get(best)!.length ? k : best));
    for (const q of byName.get(probe)!) {
      if (q.id === p.id) continue;
      const key = p.id < q.id ? `${p.id}|${q.id}` : `${q.id}|${p.id}`;
      if (compared.has(key)) continue;
      compared.add(key);
      if (namedAlike(p, q)) add(p, q, "name");
    }
  }
  for (const list of byPhone.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) add(list[i]!, list[j]!, "phone");
  const order = (p: DuplicatePair) => (p.reasons.includes("name") ? 0 : 1);
  return [...pairs.values()]
    .map((p) => ({ ...p, reasons: [...p.reasons].sort() }))
    .sort((p, q) => order(p) - order(q) || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}
