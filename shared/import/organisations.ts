// Why: one row of an organisation list read into a directory entry exactly as the app stores it (organisationSchema),
// and matched against the directory (same name words in the same area, or a same phone) so an import updates or skips
// an entry the office already has and never duplicates it.
import { deriveOrganisation, organisationSchema, type OrganisationFields } from "../domain/directory";
import { isValidIsoDate } from "../domain/dates";
import { digitsOf, nameTokens, normaliseText } from "../domain/search";
import { targetGroupWords } from "./buku-rekod-fields";
import type { FieldIssue, ImportSpec, RowRead } from "./check";
import { organisationFields, organisationKindWords } from "./organisations-fields";
import { cellText, type Cell } from "./sheet";
import { parseCode, parseOptionalDay, parsePhone, type Parsed } from "./values";

export type OrgField = keyof OrganisationFields;

/** A directory entry as stored, for matching (id and rev to update it). */
export type StoredOrganisation = OrganisationFields & { id: string; rev: number };

export type OrganisationContext = {
  /** Today in the office (yyyy-mm-dd): a confirmation date cannot be after it. */
  today: string;
  /** One kind for every row whose kind column is missing or blank. */
  defaults: Readonly<Partial<Record<"kind", string | null>>>;
  /** The live entries of the directory. */
  stored: readonly StoredOrganisation[];
};

/** How a row meets the directory: a new entry, or an entry already there (updated with what the row gives, or skipped). */
export type OrganisationMatch = {
  id: string;
  rev: number;
  /** The stored entry's name (kept: the file never renames an entry). */
  name: string;
  by: "name" | "phone";
  /** Fields whose stored value the row changes; none: the row is skipped. */
  changes: OrgField[];
  /** The stored entry with the row's given fields. */
  merged: OrganisationFields;
};

export type OrganisationRow = {
  fields: OrganisationFields;
  /** Fields the row's own cells gave (not defaults): only these change a matched entry. */
  given: OrgField[];
  match: OrganisationMatch | null;
};

/** The key "same name words in the same area" compares: the name's words in order of the alphabet, and the area. */
export function nameAreaKey(o: Pick<OrganisationFields, "name" | "area">): string {
  return `${[...nameTokens(o.name)].sort().join(" ")}|${normaliseText(o.area)}`;
}

type Index = { byName: Map<string, StoredOrganisation>; byPhone: Map<string, StoredOrganisation> };
const indexes = new WeakMap<readonly StoredOrganisation[], Index>();

function indexOf(stored: readonly StoredOrganisation[]): Index {
  let ix = indexes.get(stored);
  if (ix) return ix;
  ix = { byName: new Map(), byPhone: new Map() };
  for (const s of stored) {
    const k = nameAreaKey(s);
    if (!ix.byName.has(k)) ix.byName.set(k, s);
    for (const p of deriveOrganisation(s).phoneKeys) if (!ix.byPhone.has(p)) ix.byPhone.set(p, s);
  }
  indexes.set(stored, ix);
  return ix;
}

/** A stored value and a row's are the same (phones compared by their digits: "03-2282 5000" is 0322825000). */
function same(f: OrgField, a: unknown, b: unknown): boolean {
  if ((f === "phone" || f === "mobile") && typeof a === "string" && typeof b === "string")
    return digitsOf(a) === digitsOf(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The stored entry a row meets, with what the row would change in it. */
export function matchOrganisation(
  row: OrganisationFields,
  given: readonly OrgField[],
  stored: readonly StoredOrganisation[],
): OrganisationMatch | null {
  const ix = indexOf(stored);
  let by: OrganisationMatch["by"] = "name";
  let hit = ix.byName.get(nameAreaKey(row));
  if (!hit) {
    by = "phone";
    hit = deriveOrganisation(row)
      .phoneKeys.map((p) => ix.byPhone.get(p))
      .find(Boolean);
  }
  if (!hit) return null;
  const { id, rev, ...kept } = hit;
  const merged: OrganisationFields = { ...kept };
  const changes: OrgField[] = [];
  for (const f of given) {
    if (f === "name" || same(f, kept[f], row[f])) continue;
    (merged as Record<OrgField, unknown>)[f] = row[f];
    changes.push(f);
  }
  return { id, rev, name: hit.name, by, changes, merged };
}

/**
 * A list written in one cell: "Warga emas; OKU", one per line, or "Warga emas, OKU" (commas separate only when no
 * semicolon or line break does, so "Tuisyen, kelas mengaji;" stays one phrase).
 */
export function splitList(cell: Cell): string[] {
  const text = cellText(cell);
  return text
    .split(/[;\n]/.test(text) ? /[;\n]/ : /,/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** A number of members: 120, "1,200", "120 orang"; blank is null. */
export function parseMembers(cell: Cell): Parsed<number | null> {
  if (typeof cell === "number")
    return Number.isInteger(cell) && cell >= 0
      ? { ok: true, value: cell }
      : { ok: false, reason: "v.number" };
  const text = cellText(cell)
    .replace(/\s*(orang|ahli|members?)$/i, "")
    .replace(/[,\s]/g, "");
  if (!text) return { ok: true, value: null };
  return /^\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, reason: "v.number" };
}

const YES = ["ya", "y", "yes", "1", "true", "aktif", "active"];
const NO = [
  "tidak",
  "t",
  "no",
  "n",
  "0",
  "false",
  "tidak aktif",
  "tak aktif",
  "inactive",
  "tutup",
  "ditutup",
  "defunct",
];

/** Active or not: "Aktif", "Ya", TRUE; "Tidak aktif", "Tidak", FALSE; blank is active. */
export function parseActive(cell: Cell): Parsed<boolean> {
  if (typeof cell === "boolean") return { ok: true, value: cell };
  const t = normaliseText(cellText(cell));
  if (!t || YES.includes(t)) return { ok: true, value: true };
  if (NO.includes(t)) return { ok: true, value: false };
  return { ok: false, reason: "imp.org.active" };
}

function readRow(cells: Readonly<Record<string, Cell>>, ctx: OrganisationContext): RowRead<OrganisationRow> {
  const issues: FieldIssue[] = [];
  const has = (f: string) => cellText(cells[f]) !== "";
  const text = (f: string) =>
    cellText(cells[f] ?? null)
      .replace(/\s*\n\s*/g, ", ")
      .replace(/\s+/g, " ");
  const take = <T>(f: string, p: Parsed<T>, fallback: T): T => {
    if (p.ok) return p.value;
    issues.push({ field: f, reason: p.reason });
    return fallback;
  };
  let kind: string = "";
  if (has("kind")) kind = take("kind", parseCode(cells.kind!, organisationKindWords, "imp.org.kind"), "");
  else if (ctx.defaults.kind) kind = ctx.defaults.kind;
  else issues.push({ field: "kind", reason: "v.required" });

  const groups = splitList(cells.targetGroups ?? null).map((g) =>
    parseCode(g, targetGroupWords, "imp.targetGroup"),
  );
  const badGroup = groups.find((g) => !g.ok);
  if (badGroup && !badGroup.ok) issues.push({ field: "targetGroups", reason: badGroup.reason });
  const confirmedAt = take("confirmedAt", parseOptionalDay(cells.confirmedAt ?? null, ctx.today), "");
  if (confirmedAt && isValidIsoDate(confirmedAt) && confirmedAt > ctx.today)
    issues.push({ field: "confirmedAt", reason: "imp.org.futureDate" });

  const input = {
    name: text("name"),
    kind,
    phone: has("phone") ? parsePhone(cells.phone!) : "",
    registrationNo: text("registrationNo"),
    area: text("area"),
    address: cellText(cells.address ?? null),
    head: text("head"),
    headPost: text("headPost"),
    mobile: has("mobile") ? parsePhone(cells.mobile!) : "",
    email: text("email"),
    targetGroups: [...new Set(groups.flatMap((g) => (g.ok ? [g.value] : [])))],
    services: [...new Set(splitList(cells.services ?? null))],
    members: take("members", parseMembers(cells.members ?? null), null),
    active: take("active", parseActive(cells.active ?? null), true),
    confirmedAt: confirmedAt || null,
    notes: cellText(cells.notes ?? null),
  };
  // The directory's own rules, on the fields not already refused above.
  const named = new Set(issues.map((i) => i.field));
  const parsed = organisationSchema.safeParse(input);
  if (!parsed.success)
    for (const i of parsed.error.issues) {
      const f = String(i.path[0] ?? "");
      if (named.has(f)) continue;
      named.add(f);
      issues.push({ field: f, reason: i.message });
    }
  if (issues.length || !parsed.success) return { ok: false, issues };
  const fields = parsed.data;
  const given = organisationFields.map((f) => f.key as OrgField).filter((f) => has(f) && f in fields);
  return { ok: true, value: { fields, given, match: matchOrganisation(fields, given, ctx.stored) } };
}

/** Two rows of one file for the same organisation (or the same directory entry): the later one is refused. */
async function acrossRows(
  rows: readonly { rowNo: number; value: OrganisationRow }[],
): Promise<Map<number, FieldIssue[]>> {
  const out = new Map<number, FieldIssue[]>();
  const seen = new Map<string, number>();
  for (const { rowNo, value } of rows) {
    const keys = [
      value.match ? `id:${value.match.id}` : `name:${nameAreaKey(value.fields)}`,
      ...deriveOrganisation(value.fields).phoneKeys.map((p) => `phone:${p}`),
    ];
    const first = keys.map((k) => seen.get(k)).find((n) => n !== undefined);
    if (first !== undefined) {
      const phone = keys.findIndex((k) => seen.get(k) === first) > 0;
      out.set(rowNo, [{ field: phone ? "phone" : "name", reason: `imp.org.sameAsRow:${first}` }]);
      continue;
    }
    for (const k of keys) seen.set(k, rowNo);
  }
  return out;
}

export const organisationsSpec: ImportSpec<OrganisationRow, OrganisationContext> = {
  kind: "organisations",
  fields: organisationFields,
  readRow,
  acrossRows,
};
