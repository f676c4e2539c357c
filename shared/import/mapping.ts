// Why: which column holds which field, suggested from the header words in Malay or English; each field is taken from
// one column at most, and the same headers give the same mapping next time (signature).
import { normaliseText } from "../domain/search";

/** A field an import can fill. `words`: header texts (Malay or English) that name it, best first. */
export type ImportField = {
  key: string;
  /** i18n key of the field's label. */
  labelKey: string;
  words: readonly string[];
  /** A row needs a value for it (from its column, or from the default chosen when no column is mapped). */
  required: boolean;
  /** The user may give one value for every row instead of a column. */
  defaultable?: boolean;
};

/** Field key per column (null: the column is not imported). */
export type ColumnMapping = (string | null)[];

/** A header as compared: lower case, no accents or punctuation, no spaces ("No. K/P" -> "nokp"). */
export const headerKey = (s: string) => normaliseText(s).replace(/\s+/g, "");

/** How well a header names a field: 3 exactly, 2 begins with one of its words, 1 holds one; 0 not at all. */
function score(header: string, field: ImportField): number {
  const h = headerKey(header);
  if (!h) return 0;
  let best = 0;
  for (const w of field.words) {
    const k = headerKey(w);
    if (h === k) return 3;
    if (k.length >= 3 && h.startsWith(k)) best = Math.max(best, 2);
    else if (k.length >= 4 && h.includes(k)) best = Math.max(best, 1);
  }
  return best;
}

/** How many headers name some field: the header row is the row with the most. */
export function headerMatches(headers: readonly string[], fields: readonly ImportField[]): number {
  return headers.filter((h) => fields.some((f) => score(h, f) > 0)).length;
}

/** The suggested field for each column: best matches first, each field and each column used once. */
export function suggestMapping(headers: readonly string[], fields: readonly ImportField[]): ColumnMapping {
  const pairs: { col: number; field: string; s: number; order: number }[] = [];
  headers.forEach((h, col) =>
    fields.forEach((f, order) => {
      const s = score(h, f);
      if (s > 0) pairs.push({ col, field: f.key, s, order });
    }),
  );
  pairs.sort((a, b) => b.s - a.s || a.col - b.col || a.order - b.order);
  const out: ColumnMapping = headers.map(() => null);
  const taken = new Set<string>();
  for (const p of pairs) {
    if (out[p.col] !== null || taken.has(p.field)) continue;
    out[p.col] = p.field;
    taken.add(p.field);
  }
  return out;
}

/** The key under which a mapping is remembered: the import's kind and its headers as compared. */
export function mappingSignature(kind: string, headers: readonly string[]): string {
  return [kind, ...headers.map(headerKey)].join("|");
}

export type MappingProblems = {
  /** Fields chosen for two or more columns (refused: "each field once"). */
  duplicates: string[];
  /** Required fields with neither a column nor a default. */
  missing: string[];
};

export function mappingProblems(
  columns: ColumnMapping,
  fields: readonly ImportField[],
  defaults: Readonly<Record<string, string | null | undefined>>,
): MappingProblems {
  const seen = new Map<string, number>();
  for (const f of columns) if (f) seen.set(f, (seen.get(f) ?? 0) + 1);
  return {
    duplicates: [...seen].filter(([, n]) => n > 1).map(([f]) => f),
    missing: fields
      .filter((f) => f.required && !seen.has(f.key) && !(f.defaultable && defaults[f.key]))
      .map((f) => f.key),
  };
}

/** A remembered mapping applied to a file with the same headers, keeping only fields the import still has. */
export function rememberedMapping(
  stored: readonly (string | null)[],
  headers: readonly string[],
  fields: readonly ImportField[],
): ColumnMapping | null {
  if (stored.length !== headers.length) return null;
  const known = new Set(fields.map((f) => f.key));
  return stored.map((f) => (f && known.has(f) ? f : null));
}
