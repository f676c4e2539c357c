// Why: a reviewer sees only the fields a change touched, and a long list (an import's ids) without a page of text.
import type { TFunction } from "i18next";
import type { AuditRow } from "../../db/app-db";
import { versionKeys } from "../../../shared/exchange/version";

/** List items shown in a changed value; the rest are counted. */
export const SHOWN_ITEMS = 10;

/** A side of a changed field: its value (a long list cut to its first items) and how many items were left out. */
export type ShownValue = { value: unknown; more: number };
export type FieldChange = { field: string; before: ShownValue | null; after: ShownValue | null };

/**
 * Metadata every write moves (shown by the row itself: who, when), the version stamp (which PC, what it had seen), and
 * search and list keys worked out from other fields (the MyKad's digits, the name's words, the phone's digits, whether
 * a follow-up waits or a complaint is open), which change only with the field shown.
 */
const SKIP = new Set([
  ...versionKeys,
  "updatedAt",
  "updatedBy",
  "rev",
  "createdAt",
  "createdBy",
  "id",
  "mykad",
  "nameTokens",
  "phoneDigits",
  "phoneKeys",
  "serviceKeys",
  "reviewKey",
  "awaitingKey",
  "openKey",
]);

function shown(value: unknown): ShownValue {
  if (Array.isArray(value) && value.length > SHOWN_ITEMS)
    return { value: value.slice(0, SHOWN_ITEMS), more: value.length - SHOWN_ITEMS };
  return { value: value ?? null, more: 0 };
}

/** The code list a field's value comes from (its labels are `code.<list>.<value>`), per table where it differs. */
export function codeListOf(table: string, field: string): string | null {
  if (field === "status") return table === "cases" ? "caseStatus" : null;
  // The outreach counter counts the KPWKM agency services, not the Buku Rekod's services.
  if (table === "kpnServices" && field === "service") return null;
  const lists: Record<string, string> = {
    targetGroup: "targetGroup",
    service: "service",
    ethnicity: "ethnicity",
    maritalStatus: "marital",
    sex: "sex",
    docType: "docType",
    noDocReason: "noDocReason",
    relationship: "relationship",
    scheme: "scheme",
  };
  if (field === "kind" && table === "organisations") return "orgKind";
  return lists[field] ?? null;
}

/** Field-by-field difference of an audit row; a side is null when the row has no record there (create, import). */
export function auditChanges(row: Pick<AuditRow, "before" | "after">): FieldChange[] {
  const before = (row.before ?? {}) as Record<string, unknown>;
  const after = (row.after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: FieldChange[] = [];
  for (const k of keys) {
    if (SKIP.has(k)) continue;
    if (JSON.stringify(before[k] ?? null) === JSON.stringify(after[k] ?? null)) continue;
    out.push({
      field: k,
      before: row.before ? shown(before[k]) : null,
      after: row.after ? shown(after[k]) : null,
    });
  }
  return out;
}

/** The table a field's id points into, so the reader sees a name (or record number) instead of the id. */
export function referencedTable(
  field: string,
): "sites" | "persons" | "users" | "organisations" | "cases" | null {
  const refs = {
    siteId: "sites",
    personId: "persons",
    headPersonId: "persons",
    officerId: "users",
    organisationId: "organisations",
    caseId: "cases",
    decidedBy: "users",
    submittedBy: "users",
  } as const;
  return (refs as Record<string, (typeof refs)[keyof typeof refs]>)[field] ?? null;
}

/** The ids an audit row's changes point to, by table (the names to read for showing them). */
export function referencesOf(changes: readonly FieldChange[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of changes) {
    const table = referencedTable(c.field);
    if (!table) continue;
    for (const side of [c.before, c.after])
      if (side && typeof side.value === "string" && side.value) {
        let ids = out.get(table);
        if (!ids) out.set(table, (ids = new Set()));
        ids.add(side.value);
      }
  }
  return out;
}

/** The tables the log names (the screen's filter, and the label test walks each one's fields). */
export const AUDITED_TABLES = [
  "office",
  "users",
  "sites",
  "persons",
  "households",
  "cases",
  "caseNotes",
  "organisations",
  "referrals",
  "statusChecks",
  "investigations",
  "attachments",
  "rates",
  "profiles",
  "stakeholders",
  "contacts",
  "meetings",
  "actionItems",
  "needs",
  "actionPlans",
  "programmes",
  "photos",
  "tours",
  "checkpoints",
  "complaints",
  "intakes",
  "kpnServices",
  "baskets",
  "monthlyPacks",
  "pkhAgenda",
  "pkhReports",
  "p2k2Sessions",
  "pkhHouseholds",
  "pkhMembers",
  "pkhGroups",
  "pkhPayments",
  "pkhStages",
  "pkhComplaints",
  "pkhVerifications",
  "pkhViolations",
  "laporan",
  "session",
] as const;

/** Every action an audit row may carry (labels under `action.*`). */
export const AUDIT_ACTIONS = [
  "setup",
  "create",
  "update",
  "delete",
  "restore",
  "import",
  "view",
  "download",
  "login",
  "login.failed",
  "login.locked",
  "logout",
  "lock",
  "unlock",
  "demo.load",
  "export",
  "print",
  "pdf",
  "email",
  "pack",
  "confirm",
  "merge",
  "kpn.leaderOverride",
  "assign",
  "settle",
  "exchange.send",
  "exchange.receive",
] as const;

/** Where a table's own field labels live in the feature i18n files (used when they are plain text). */
const fieldLabelPrefix: Record<string, string> = {
  sites: "site",
  users: "user",
  office: "office",
  cases: "bukuRekod",
  persons: "orang",
  referrals: "rujukan",
  investigations: "siasatan",
};

/** The first of `keys` that is a plain string in the current language (not an object, not missing). */
function firstText(t: TFunction, keys: readonly string[]): string | null {
  for (const key of keys) {
    const v: unknown = t(key, { returnObjects: true, defaultValue: "" });
    if (typeof v === "string" && v && v !== key && !v.includes("{{")) return v;
  }
  return null;
}

/** A changed field's name as a reader knows it: the audit's own label, the form's label, else the field's name. */
export function fieldLabel(t: TFunction, table: string, field: string): string {
  return (
    firstText(t, [
      `auditField.${table}.${field}`,
      `${fieldLabelPrefix[table] ?? "field"}.${field}`,
      `field.${field}`,
      `auditField.${field}`,
    ]) ?? field
  );
}

/** Where a coded value's labels live (`<prefix>.<value>`), for codes beyond the shared code lists. */
export function valueKeyOf(table: string, field: string): string | null {
  const list = codeListOf(table, field);
  if (list) return `code.${list}`;
  const own: Record<string, string> = {
    "investigations.status": "siasatan.status",
    "investigations.decision": "siasatan.decisionValue",
    "investigations.recommendation": "siasatan.recommend",
    "referrals.status": "rujukan.status",
    "users.role": "role",
    "kpnServices.service": "kpnLawatan.agency",
    "kpnServices.ageBand": "kpnLawatan.age",
    "tours.status": "kpn.tourStatus",
    "checkpoints.locationType": "kpn.locationType",
    "checkpoints.agencyServices": "kpn.agencyService",
    "complaints.category": "kpnAduan.categoryName",
    "intakes.outcome": "kpnSusulan.outcome",
    "monthlyPacks.status": "pek.status",
  };
  return own[`${table}.${field}`] ?? null;
}

/** A coded value's label, or the value itself when it is not a code. */
export function valueLabel(t: TFunction, table: string, field: string, value: string): string {
  const prefix = valueKeyOf(table, field);
  return (prefix && firstText(t, [`${prefix}.${value}`])) ?? value;
}
