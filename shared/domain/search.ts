// Why: names are found by any word, ignoring case and accents; numbers by their digits, with or without dashes.
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
  if (/^[a-z0-9]{2,10}\/\d{4}\/\d{1,6}$/i.test(raw)) return { kind: "recordNo", value: raw.toUpperCase() };
  const digits = digitsOf(raw);
  if (/^[\d\s-]+$/.test(raw) && digits.length === 12) return { kind: "mykad", digits };
  if (/^\+?[\d\s-]+$/.test(raw) && digits.length >= 7) return { kind: "phone", digits };
  const tokens = nameTokens(raw);
  return tokens.length ? { kind: "name", tokens } : { kind: "empty" };
}

/** Whether a name matches every typed word as a prefix of one of its words. */
export function nameMatches(tokens: readonly string[], query: readonly string[]): boolean {
  return query.every((q) => tokens.some((t) => t.startsWith(q)));
}

/** Similarity of two names (shared words over all words), for flagging near-duplicates. */
export function nameSimilarity(a: string, b: string): number {
  const ta = new Set(nameTokens(a).filter((t) => !["bin", "binti", "a", "l", "p", "anak"].includes(t)));
  const tb = new Set(nameTokens(b).filter((t) => !["bin", "binti", "a", "l", "p", "anak"].includes(t)));
  if (!ta.size || !tb.size) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared += 1;
  return shared / Math.max(ta.size, tb.size);
}
