// Why: an HSDS package brought in through the same import steps as a spreadsheet: the zip is checked against the
// HSDS 3.0 tables first, then each organisation and what points at it (services, location and address, phones, the
// head as contact) becomes one row of a table whose columns the organisation import already knows.
import { ImportFileError, type Book, type SheetRow } from "../import/sheet";
import { zipEntries, zipText } from "../import/unzip";
import { validateHsds, type HsdsIssue, type HsdsTableRows } from "./validate";

/** A package that is a zip but breaks the HSDS table rules: its problems, to be listed to the user. */
export class HsdsPackageError extends Error {
  constructor(public readonly issues: readonly HsdsIssue[]) {
    super("imp.hsds.invalid");
    this.name = "HsdsPackageError";
  }
}

/** The text files of a zip by path; files inside one top folder are read as if at the root. */
export async function readHsdsZip(bytes: Uint8Array): Promise<Map<string, string>> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) throw new ImportFileError("imp.hsds.notPackage");
  let entries;
  try {
    entries = zipEntries(bytes);
  } catch {
    throw new ImportFileError("imp.hsds.notPackage");
  }
  const names = [...entries.keys()].filter((n) => /\.(csv|json)$/i.test(n));
  const top =
    names.find((n) => /(^|\/)datapackage\.json$/i.test(n))?.replace(/datapackage\.json$/i, "") ?? "";
  const files = new Map<string, string>();
  for (const n of names) {
    if (!n.startsWith(top)) continue;
    const text = await zipText(entries, n).catch(() => null);
    if (text !== null) files.set(n.slice(top.length), text);
  }
  if (!files.has("datapackage.json")) throw new ImportFileError("imp.hsds.notPackage");
  return files;
}

/** The columns of the table an HSDS package becomes (the organisation import's field words name each). */
export const HSDS_FLAT_HEADERS = [
  "name",
  "x_kind",
  "x_registration_no",
  "x_area",
  "address_1",
  "contact_name",
  "contact_title",
  "phone_voice",
  "phone_cell",
  "email",
  "x_target_groups",
  "service_names",
  "x_members",
  "x_active",
  "x_confirmed_at",
  "x_notes",
] as const;

type Row = Record<string, string>;

function groupBy(rows: readonly { values: Row }[] | undefined, key: string): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows ?? []) {
    const k = r.values[key] ?? "";
    if (k) out.set(k, [...(out.get(k) ?? []), r.values]);
  }
  return out;
}

/** Phrases in one cell as the organisation import splits them: a lone phrase with a comma keeps a ";" after it. */
function listCell(phrases: readonly string[]): string {
  const joined = phrases.join("; ");
  return phrases.length === 1 && joined.includes(",") ? `${joined};` : joined;
}

/** An address as one line when its first line does not already hold the postcode and town. */
function addressText(a: Row): string {
  const first = a.address_1 ?? "";
  if (a.postal_code && first.includes(a.postal_code)) return first;
  const town = [a.postal_code, a.city].filter(Boolean).join(" ");
  return [first, a.address_2, town, a.state_province].filter(Boolean).join(", ");
}

/**
 * The package as one sheet, a row per organisation numbered as in organizations.csv. A package made by this app
 * (its extra columns) comes back exactly; another directory's package gives what HSDS holds: legal_status for the
 * kind, the address region or town for the area, the services' status and assured date for active and confirmed.
 */
export function hsdsBook(tables: Partial<Record<string, HsdsTableRows>>): Book {
  const orgs = tables.organization!;
  const ours = orgs.header.includes("x_kind");
  const services = groupBy(tables.service?.rows, "organization_id");
  const locations = groupBy(tables.location?.rows, "organization_id");
  const addresses = groupBy(tables.address?.rows, "location_id");
  const phones = groupBy(tables.phone?.rows, "organization_id");
  const contacts = groupBy(tables.contact?.rows, "organization_id");
  const rows: SheetRow[] = [{ rowNo: 1, cells: [...HSDS_FLAT_HEADERS] }];
  for (const { rowNo, values: o } of orgs.rows) {
    const svc = services.get(o.id!) ?? [];
    const locs = locations.get(o.id!) ?? [];
    const address = locs.flatMap((l) => addresses.get(l.id!) ?? [])[0];
    const locationText = ours ? (locs.find((l) => l.description)?.description ?? "") : "";
    const phoneOf = (cell: boolean) =>
      (phones.get(o.id!) ?? []).find((p) => (/^(cell|mobile|sms)$/i.test(p.type ?? "") ? cell : !cell))
        ?.number ?? "";
    const head = (contacts.get(o.id!) ?? [])[0];
    const assured =
      svc
        .map((s) => s.assured_date ?? "")
        .filter(Boolean)
        .sort()
        .at(-1) ?? "";
    const flat: Record<(typeof HSDS_FLAT_HEADERS)[number], string> = {
      name: o.name ?? "",
      x_kind: ours ? (o.x_kind ?? "") : (o.legal_status ?? ""),
      x_registration_no: o.x_registration_no ?? "",
      x_area: ours ? (o.x_area ?? "") : address?.region || address?.city || "",
      address_1: address ? addressText(address) : locationText,
      contact_name: head?.name ?? "",
      contact_title: head?.title ?? "",
      phone_voice: phoneOf(false),
      phone_cell: phoneOf(true),
      email: o.email ?? "",
      x_target_groups: o.x_target_groups ?? "",
      service_names: listCell(svc.map((s) => s.name ?? "").filter(Boolean)),
      x_members: o.x_members ?? "",
      x_active: ours
        ? (o.x_active ?? "")
        : svc.length && svc.every((s) => s.status !== "active")
          ? "false"
          : "",
      x_confirmed_at: ours ? (o.x_confirmed_at ?? "") : assured,
      x_notes: ours ? (o.x_notes ?? "") : (o.description ?? ""),
    };
    rows.push({ rowNo, cells: HSDS_FLAT_HEADERS.map((h) => flat[h]) });
  }
  return { kind: "csv", sheets: [{ name: "organizations.csv", rows }] };
}

/** An HSDS zip as the sheet the import reads; refused when it is no package or breaks the HSDS tables. */
export async function readHsdsPackage(bytes: Uint8Array): Promise<Book> {
  const files = await readHsdsZip(bytes);
  const { issues, tables } = validateHsds(files);
  if (issues.length) throw new HsdsPackageError(issues);
  return hsdsBook(tables);
}
