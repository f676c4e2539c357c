// Why: names are found by any word, ignoring case and accents; numbers by their digits, with or without dashes.
import { readRecordNo } from "./case";
/** Lower case, accents and punctuation removed, single spaces. */
export function normaliseText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The distinct words of a name, for a multi-entry index. */
export function nameTokens(name: string): string[] {
  return [...new Set(normaliseText(name).split(" ").filter(Boolean))];
}

export function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

export type SearchQuery =
  | { kind: "mykad"; digits: string }
  | { kind: "phone"; digits: string }
  | { kind: "recordNo"; value: string }
  | { kind: "name"; tokens: string[] }
  | { kind: "empty" };

/** Decides what the user typed: a record number, a MyKad, a phone number or words of a name. */
export function parseSearch(input: string): SearchQuery {
  const raw = input.trim();
  if (!raw) return { kind: "empty" };
  // "SPH/2026/83" is SPH/2026/0083, as the number is printed.
  const recordNo = readRecordNo(raw);
  if (recordNo) return { kind: "recordNo", value: recordNo.recordNo };
  const digits = digitsOf(raw);
  if (/^[\d\s-]+$/.test(raw) && digits.length === 12) return { kind: "mykad", digits };
  // A Malaysian number written with the country code (+60 12-345 6789) is kept as 012-345 6789.
  if (/^\+?[\d\s-]+$/.test(raw) && digits.length >= 7)
    return { kind: "phone", digits: /^60\d{8,10}$/.test(digits) ? `0${digits.slice(2)}` : digits };
  const tokens = nameTokens(raw);
  return tokens.length ? { kind: "name", tokens } : { kind: "empty" };
}

/** Whether a name matches every typed word as a prefix of one of its words. */
export function nameMatches(tokens: readonly string[], query: readonly string[]): boolean {
  return query.every((q) => tokens.some((t) => t.startsWith(q)));
}

/** Words that join a Malay, Indian or Orang Asal given name to the father's name ("bin", "binti", "a/l", "anak"). */
const PATRONYMIC = new Set(["bin", "binti", "bt", "bte", "a", "l", "p", "s", "d", "o", "anak"]);
/** Name openers shared by many unrelated people; alone they never make two names alike. */
const COMMON_OPENERS = new Set([
  "siti",
  "nur",
  "nurul",
  "noor",
  "muhammad",
  "muhamad",
  "mohd",
  "mohamad",
  "mohammad",
  "mohamed",
  "abdul",
  "abd",
  "wan",
  "nik",
  "syed",
  "sharifah",
  "tengku",
  "che",
]);

/** Same word, or one letter apart in words of four letters or more (Aisyah / Aishah). */
export function wordsAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** A name's own words (before "bin", "binti", "a/l"...) and its other words. */
function nameParts(name: string): { given: string[]; all: string[] } {
  const words = nameTokens(name);
  const cut = words.findIndex((w) => PATRONYMIC.has(w));
  const given = cut < 0 ? words : words.slice(0, cut);
  return { given, all: words.filter((w) => !PATRONYMIC.has(w)) };
}

/**
 * Whether two names at the same address are probably one person written twice: their own names share a word that
 * is not a common opener (spelling slips allowed), and most of all their words are alike. A father and son or two
 * siblings ("Ahmad bin Kassim", "Amir bin Ahmad", "Ali bin Ahmad") are not.
 */
export function namesLookAlike(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  const own = (w: string) => !COMMON_OPENERS.has(w);
  if (!pa.given.filter(own).some((w) => pb.given.filter(own).some((v) => wordsAlike(w, v)))) return false;
  if (!pa.all.length || !pb.all.length) return false;
  const shared = pa.all.filter((w) => pb.all.some((v) => wordsAlike(w, v))).length;
  return shared / Math.max(pa.all.length, pb.all.length) >= 0.5;
}
