// Why: one row of a legacy Buku Rekod read into a person and a case exactly as the app would store them, checked by
// the app's own person and case rules, so the preview shows what the commit keeps and every bad row is named.
import type { CaseInput } from "../domain/case";
import { caseSchema } from "../domain/case";
import type { CaseStatus } from "../domain/codes";
import { ageOn } from "../domain/dates";
import { parseMyKad } from "../domain/mykad";
import { personSchema, tidyPerson, type PersonInput } from "../domain/person";
import { normaliseText } from "../domain/search";
import type { FieldIssue, ImportSpec, RowRead } from "./check";
import {
  bukuRekodFields,
  ethnicityWords,
  maritalWords,
  serviceWords,
  sexWords,
  statusWords,
  targetGroupWords,
} from "./buku-rekod-fields";
import { cellText, type Cell } from "./sheet";
import {
  parseCode,
  parseDay,
  parseDocument,
  parseOptionalDay,
  parsePhone,
  tidyName,
  type Parsed,
} from "./values";

export type BukuRekodContext = {
  /** Today in the office (yyyy-mm-dd). */
  today: string;
  /** The sites the importing user may write to. */
  sites: readonly { id: string; code: string; name: string }[];
  /** Officers a case may name. */
  officers: readonly { id: string; name: string; username: string }[];
  /** One value for every row whose column is missing or blank: site and officer ids, codes for the others. */
  defaults: Readonly<
    Partial<Record<"site" | "officer" | "ethnicity" | "maritalStatus" | "status", string | null>>
  >;
  /** The site of each of these MyKads (12 digits) already registered (and not deleted). */
  registered?: (mykads: readonly string[]) => Promise<Map<string, string>>;
};

/** A row ready to commit: the person as stored, the case without its person, and the number the old book gave it. */
export type BukuRekodRow = {
  /** The same person in the file: the MyKad, else the passport, else name + birth date + site. */
  personKey: string;
  /** Twelve digits when the person has a MyKad. */
  mykad: string | null;
  person: PersonInput;
  case: Omit<CaseInput, "personId">;
  legacyNo: string;
};

/** Which import field a person or case rule's path names. */
const FIELD_OF: Record<string, string> = {
  siteId: "site",
  officerId: "officer",
  noDocReason: "docNo",
  docType: "docNo",
  okuCardNo: "docNo",
  oku: "docNo",
  income: "docNo",
  occupation: "docNo",
};

const schemas = new Map<
  string,
  { person: ReturnType<typeof personSchema>; kase: ReturnType<typeof caseSchema> }
>();
function schemasFor(today: string) {
  let s = schemas.get(today);
  if (!s) schemas.set(today, (s = { person: personSchema(today), kase: caseSchema(today) }));
  return s;
}

export function matchSite(text: string, sites: BukuRekodContext["sites"]): string | null {
  const k = normaliseText(text);
  const hit = sites.find((s) => normaliseText(s.code) === k || normaliseText(s.name) === k);
  return hit?.id ?? null;
}

export function matchOfficer(text: string, officers: BukuRekodContext["officers"]): string | null {
  const k = normaliseText(text);
  const hit = officers.find((o) => normaliseText(o.name) === k || normaliseText(o.username) === k);
  return hit?.id ?? null;
}

function readRow(cells: Readonly<Record<string, Cell>>, ctx: BukuRekodContext): RowRead<BukuRekodRow> {
  const issues: FieldIssue[] = [];
  const has = (f: string) => cellText(cells[f]) !== "";
  /** A parsed value, or the fallback with the problem noted. */
  const take = <T>(f: string, p: Parsed<T>, fallback: T): T => {
    if (p.ok) return p.value;
    issues.push({ field: f, reason: p.reason });
    return fallback;
  };
  /** A column's value, or the default chosen for every row when the column is missing or blank. */
  const chosen = <T>(f: keyof BukuRekodContext["defaults"], read: (c: Cell) => Parsed<T>): T | "" => {
    if (has(f)) return take(f, read(cells[f]!), "" as T | "");
    const d = ctx.defaults[f];
    if (d) return d as T;
    issues.push({ field: f, reason: "v.required" });
    return "";
  };
  const { today } = ctx;

  const siteId = chosen("site", (c) => {
    const id = matchSite(cellText(c), ctx.sites);
    return id ? { ok: true, value: id } : { ok: false, reason: "imp.site" };
  });
  const officerId = chosen("officer", (c) => {
    const id = matchOfficer(cellText(c), ctx.officers);
    return id ? { ok: true, value: id } : { ok: false, reason: "imp.officer" };
  });
  const date = take("date", parseDay(cells.date ?? null, today), "");
  const doc = take("docNo", parseDocument(cells.docNo ?? null), { kind: "none" as const });
  const mykad = doc.kind === "mykad" ? parseMyKad(doc.digits, new Date(`${today}T12:00:00Z`)) : null;
  if (mykad && !mykad.ok) issues.push({ field: "docNo", reason: mykad.problem });
  const info = mykad?.ok ? mykad.info : null;
  // A MyKad that cannot be read gives no birth date or sex: those follow from it, the MyKad is the problem.
  const docFailed = issues.some((i) => i.field === "docNo");
  const birthDate = has("birthDate")
    ? take("birthDate", parseDay(cells.birthDate!, today), "")
    : (info?.birthDate ?? "");
  if (!birthDate && !has("birthDate") && !docFailed)
    issues.push({ field: "birthDate", reason: "imp.birthDateNeeded" });
  const sex = has("sex") ? take("sex", parseCode(cells.sex!, sexWords, "imp.sex"), "L") : (info?.sex ?? null);
  if (!sex && !docFailed) issues.push({ field: "sex", reason: "imp.sexNeeded" });

  const docType: PersonInput["docType"] =
    doc.kind === "mykad"
      ? birthDate && ageOn(birthDate, today) < 12
        ? "mykid"
        : "mykad"
      : doc.kind === "passport"
        ? "passport"
        : "none";
  const person: PersonInput = {
    name: tidyName(cells.name ?? null),
    docType,
    docNo: doc.kind === "mykad" ? doc.digits : doc.kind === "passport" ? doc.docNo : "",
    noDocReason: doc.kind === "none" ? "tidak-diketahui" : null,
    birthDate,
    sex: sex ?? "L",
    ethnicity: chosen("ethnicity", (c) =>
      parseCode(c, ethnicityWords, "imp.code"),
    ) as PersonInput["ethnicity"],
    phone: has("phone") ? parsePhone(cells.phone!) : "",
    siteId,
    block: cellText(cells.block ?? null),
    unit: cellText(cells.unit ?? null),
    oku: false,
    okuCardNo: "",
    maritalStatus: chosen("maritalStatus", (c) =>
      parseCode(c, maritalWords, "imp.code"),
    ) as PersonInput["maritalStatus"],
    occupation: "",
    income: 0,
  };
  const kase: Omit<CaseInput, "personId"> = {
    siteId,
    date,
    targetGroup: take(
      "targetGroup",
      parseCode(cells.targetGroup ?? null, targetGroupWords, "imp.targetGroup"),
      "" as CaseInput["targetGroup"],
    ),
    problem: cellText(cells.problem ?? null),
    service: take(
      "service",
      parseCode(cells.service ?? null, serviceWords, "imp.service"),
      "" as CaseInput["service"],
    ),
    action: cellText(cells.action ?? null),
    officerId,
    followUpDate: take("followUpDate", parseOptionalDay(cells.followUpDate ?? null, today), ""),
    status: chosen("status", (c) => parseCode(c, statusWords, "imp.status")) as CaseStatus,
  };
  const legacyNo = cellText(cells.legacyNo ?? null);
  if (legacyNo.length > 40) issues.push({ field: "legacyNo", reason: "v.maxLength:40" });

  // The app's own rules, on the fields not already refused above.
  const { person: ps, kase: cs } = schemasFor(today);
  const named = new Set(issues.map((i) => i.field));
  if (docFailed) for (const f of ["birthDate", "sex"]) if (!has(f)) named.add(f);
  const add = (path: PropertyKey | undefined, reason: string) => {
    const key = String(path ?? "");
    const f = FIELD_OF[key] ?? key;
    if (!named.has(f)) {
      named.add(f);
      issues.push({ field: f, reason });
    }
  };
  const p = ps.safeParse(person);
  if (!p.success) for (const i of p.error.issues) add(i.path[0], i.message);
  const c = cs.safeParse({ ...kase, personId: "import" });
  if (!c.success) for (const i of c.error.issues) add(i.path[0], i.message);
  if (issues.length) return { ok: false, issues };

  const tidy = tidyPerson(p.success ? p.data : person);
  const personKey = info
    ? info.digits
    : doc.kind === "passport"
      ? `passport|${doc.docNo}`
      : `none|${normaliseText(person.name)}|${birthDate}|${siteId}`;
  return {
    ok: true,
    value: { personKey, mykad: info?.digits ?? null, person: tidy, case: kase, legacyNo },
  };
}

/**
 * A person and their cases belong to one site: the same person at two sites in the file, or at another site than the
 * one they are registered at, cannot be imported.
 */
async function acrossRows(
  rows: readonly { rowNo: number; value: BukuRekodRow }[],
  ctx: BukuRekodContext,
): Promise<Map<number, FieldIssue[]>> {
  const siteOf = new Map<string, string>();
  const out = new Map<number, FieldIssue[]>();
  const mykads = [...new Set(rows.flatMap((r) => (r.value.mykad ? [r.value.mykad] : [])))];
  const stored = ctx.registered && mykads.length ? await ctx.registered(mykads) : new Map<string, string>();
  for (const { rowNo, value } of rows) {
    const at = value.mykad ? stored.get(value.mykad) : undefined;
    if (at !== undefined && at !== value.person.siteId) {
      out.set(rowNo, [{ field: "site", reason: "imp.personOtherSite" }]);
      continue;
    }
    const first = siteOf.get(value.personKey);
    if (first === undefined) siteOf.set(value.personKey, value.person.siteId);
    else if (first !== value.person.siteId) out.set(rowNo, [{ field: "site", reason: "imp.personTwoSites" }]);
  }
  return out;
}

export const bukuRekodSpec: ImportSpec<BukuRekodRow, BukuRekodContext> = {
  kind: "buku-rekod",
  fields: bukuRekodFields,
  readRow,
  acrossRows,
};
