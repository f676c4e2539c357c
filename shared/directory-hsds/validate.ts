// Why: the check an HSDS package must pass, written once: datapackage.json declares the HSDS 3.0 tables, and every
// CSV row holds its table's required fields, types, formats (uuid, email, uri), enums, unique ids and foreign keys
// that resolve; the export is held to it and an imported package is refused by it before any row is read.
import { isValidIsoDate } from "../domain/dates";
import { parseCsv } from "../import/csv";
import { UUID_PATTERN } from "./ids";
import { hsdsTableNames, hsdsTables, type HsdsField, type HsdsTableName } from "./schema";

export type HsdsIssueCode =
  | "noDatapackage"
  | "badDatapackage"
  | "missingResource"
  | "schemaDiffers"
  | "missingFile"
  | "missingColumn"
  | "rowWidth"
  | "required"
  | "uuid"
  | "email"
  | "uri"
  | "number"
  | "integer"
  | "boolean"
  | "date"
  | "datetime"
  | "enum"
  | "unique"
  | "foreignKey";

/** One problem: the file, the row as the CSV numbers it (1 = header; null for the file itself), the column. */
export type HsdsIssue = {
  file: string;
  row: number | null;
  field: string;
  code: HsdsIssueCode;
  value: string;
};

export type HsdsTableRows = {
  header: string[];
  /** Each data row: its number in the CSV (the header is row 1), its values by column, how many cells it had. */
  rows: { rowNo: number; values: Record<string, string>; width: number }[];
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The problem with one value of a declared type and format, or null. */
function valueProblem(type: string, format: string | undefined, v: string): HsdsIssueCode | null {
  if (format === "uuid" && !UUID_PATTERN.test(v)) return "uuid";
  if (format === "email" && !EMAIL.test(v)) return "email";
  if (format === "uri" && !URI.test(v)) return "uri";
  if (type === "number" && !NUMBER.test(v)) return "number";
  if (type === "integer" && !/^[+-]?\d+$/.test(v)) return "integer";
  if (type === "boolean" && !/^(true|false)$/i.test(v)) return "boolean";
  if (type === "date" && !isValidIsoDate(v)) return "date";
  if (type === "datetime" && (!DATETIME.test(v) || !isValidIsoDate(v.slice(0, 10)))) return "datetime";
  return null;
}

/** A CSV table as rows of named values (blank lines left out). */
export function readHsdsCsv(text: string): HsdsTableRows {
  const rows = parseCsv(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ",");
  const header = (rows[0]?.cells ?? []).map((c) => String(c ?? "").trim());
  return {
    header,
    rows: rows
      .slice(1)
      .filter((r) => r.cells.some((c) => String(c ?? "").trim() !== ""))
      .map((r) => ({
        rowNo: r.rowNo,
        values: Object.fromEntries(header.map((h, i) => [h, String(r.cells[i] ?? "").trim()])),
        width: r.cells.length,
      })),
  };
}

type DeclaredField = { name: string; type?: string; format?: string; constraints?: { required?: boolean } };
type DeclaredResource = { name?: string; path?: string; schema?: { fields?: DeclaredField[] } };

/** The resources datapackage.json declares (by name), with the issues of the file itself. */
function readDatapackage(text: string | undefined, issues: HsdsIssue[]): Map<string, DeclaredResource> {
  const out = new Map<string, DeclaredResource>();
  const file = "datapackage.json";
  if (text === undefined) {
    issues.push({ file, row: null, field: "", code: "noDatapackage", value: "" });
    return out;
  }
  let json: { profile?: string; resources?: DeclaredResource[] };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    issues.push({ file, row: null, field: "", code: "badDatapackage", value: "" });
    return out;
  }
  if (!Array.isArray(json.resources)) {
    issues.push({ file, row: null, field: "resources", code: "badDatapackage", value: "" });
    return out;
  }
  for (const r of json.resources) if (r && typeof r.name === "string") out.set(r.name, r);
  for (const name of hsdsTableNames) {
    const r = out.get(name);
    const table = hsdsTables[name];
    if (!r || r.path !== table.path) {
      issues.push({ file, row: null, field: name, code: "missingResource", value: r?.path ?? "" });
      continue;
    }
    const declared = new Map((r.schema?.fields ?? []).map((f) => [f.name, f]));
    for (const f of table.fields) {
      const d = declared.get(f.name);
      if (
        !d ||
        d.type !== f.type ||
        (d.format ?? undefined) !== f.format ||
        !!d.constraints?.required !== !!f.required
      )
        issues.push({
          file,
          row: null,
          field: `${name}.${f.name}`,
          code: "schemaDiffers",
          value: d?.type ?? "",
        });
    }
  }
  return out;
}

/**
 * Every problem of a package given as its files by path (CSV and datapackage.json texts); none means it is a valid
 * HSDS 3.0 tabular package of the seven tables. Also returns the tables read, for the import.
 */
export function validateHsds(files: ReadonlyMap<string, string>): {
  issues: HsdsIssue[];
  tables: Partial<Record<HsdsTableName, HsdsTableRows>>;
} {
  const issues: HsdsIssue[] = [];
  const declared = readDatapackage(files.get("datapackage.json"), issues);
  const tables: Partial<Record<HsdsTableName, HsdsTableRows>> = {};
  const ids = new Map<string, Set<string>>();
  for (const name of hsdsTableNames) {
    const table = hsdsTables[name];
    const text = files.get(table.path);
    if (text === undefined) {
      issues.push({ file: table.path, row: null, field: "", code: "missingFile", value: "" });
      continue;
    }
    const read = readHsdsCsv(text);
    tables[name] = read;
    const missing = table.fields.filter((f) => !read.header.includes(f.name));
    for (const f of missing)
      issues.push({ file: table.path, row: 1, field: f.name, code: "missingColumn", value: "" });
    // Extra columns are allowed (HSDS "additional properties"); those datapackage.json declares are type-checked.
    const extras: HsdsField[] = (declared.get(name)?.schema?.fields ?? [])
      .filter((d) => !table.fields.some((f) => f.name === d.name) && read.header.includes(d.name))
      .map((d) => ({ name: d.name, type: (d.type ?? "string") as HsdsField["type"] }));
    const checked = [...table.fields.filter((f) => !missing.includes(f)), ...extras];
    const seen = new Map<string, Set<string>>();
    for (const row of read.rows) {
      if (row.width !== read.header.length)
        issues.push({
          file: table.path,
          row: row.rowNo,
          field: "",
          code: "rowWidth",
          value: String(row.width),
        });
      for (const f of checked) {
        const v = row.values[f.name] ?? "";
        const at = { file: table.path, row: row.rowNo, field: f.name, value: v };
        if (v === "") {
          if (f.required) issues.push({ ...at, code: "required" });
          continue;
        }
        const problem = valueProblem(f.type, f.format, v);
        if (problem) issues.push({ ...at, code: problem });
        else if (f.enum && !f.enum.includes(v)) issues.push({ ...at, code: "enum" });
        if (f.unique) {
          const s = seen.get(f.name) ?? new Set<string>();
          seen.set(f.name, s);
          if (s.has(v)) issues.push({ ...at, code: "unique" });
          s.add(v);
        }
      }
    }
    ids.set(name, seen.get("id") ?? new Set());
  }
  for (const name of hsdsTableNames) {
    const read = tables[name];
    if (!read) continue;
    for (const fk of hsdsTables[name].foreignKeys) {
      const target = ids.get(fk.resource);
      if (!target || !read.header.includes(fk.field)) continue;
      for (const row of read.rows) {
        const v = row.values[fk.field] ?? "";
        if (v && UUID_PATTERN.test(v) && !target.has(v))
          issues.push({
            file: hsdsTables[name].path,
            row: row.rowNo,
            field: fk.field,
            code: "foreignKey",
            value: v,
          });
      }
    }
  }
  return { issues, tables };
}
