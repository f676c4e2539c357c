// Why: the district's directory as an Open Referral HSDS 3.0 tabular data package (seven CSV tables and
// datapackage.json in one zip), so a state or NGO directory takes the entries without retyping; the Malaysian fields
// HSDS has no place for travel as documented extra columns (docs/hsds.md) and come back whole on import.
import type { OrganisationFields, OrganisationKind } from "../domain/directory";
import { writeCsv } from "./csv";
import { uuidV5 } from "./ids";
import { HSDS_VERSION, hsdsTableNames, hsdsTables, type HsdsField, type HsdsTableName } from "./schema";

export type HsdsEntry = OrganisationFields & { id: string; updatedAt: string };
export type HsdsRow = Record<string, string>;
export type HsdsTablesData = Record<HsdsTableName, HsdsRow[]>;

/** Columns HSDS does not define (allowed as additional properties), declared in datapackage.json with their types. */
export const hsdsExtraFields: Partial<Record<HsdsTableName, readonly { name: string; type: string }[]>> = {
  organization: [
    { name: "x_kind", type: "string" },
    { name: "x_registration_no", type: "string" },
    { name: "x_area", type: "string" },
    { name: "x_target_groups", type: "string" },
    { name: "x_members", type: "integer" },
    { name: "x_active", type: "boolean" },
    { name: "x_confirmed_at", type: "date" },
    { name: "x_notes", type: "string" },
  ],
};

export type HsdsExportContext = {
  /** The office's state and district (an address's state_province, a city when none is written). */
  state: string;
  district: string;
  /** Malay label of each kind (legal_status, and the description of an entry without notes). */
  kindLabel: (kind: OrganisationKind) => string;
  /** Malay label of each target group (a service's eligibility_description). */
  targetGroupLabel: (code: string) => string;
};

/** "Jalan 3, 47000 Sungai Buloh, Selangor": the postcode and the town after it, or nothing when none is written. */
export function splitMalaysianAddress(address: string): { postalCode: string; city: string } | null {
  const m = /\b(\d{5})\s+([^,\n]+)/.exec(address);
  if (!m) return null;
  return { postalCode: m[1]!, city: m[2]!.trim() };
}

/** The seven tables' rows for these entries (deterministic: the same entries give the same package). */
export async function hsdsTablesOf(
  entries: readonly HsdsEntry[],
  ctx: HsdsExportContext,
): Promise<HsdsTablesData> {
  const t: HsdsTablesData = {
    organization: [],
    service: [],
    location: [],
    service_at_location: [],
    phone: [],
    address: [],
    contact: [],
  };
  for (const o of entries) {
    const id = (part: string) => uuidV5(`organisation:${o.id}${part}`);
    const orgId = await id("");
    const area = o.area.trim();
    t.organization.push({
      id: orgId,
      name: o.name,
      description: o.notes || [ctx.kindLabel(o.kind), area].filter(Boolean).join(", "),
      email: o.email,
      legal_status: ctx.kindLabel(o.kind),
      x_kind: o.kind,
      x_registration_no: o.registrationNo,
      x_area: area,
      x_target_groups: o.targetGroups.join("; "),
      x_members: o.members === null ? "" : String(o.members),
      x_active: String(o.active),
      x_confirmed_at: o.confirmedAt ?? "",
      x_notes: o.notes,
    });
    let locationId = "";
    if (o.address || area) {
      locationId = await id(":location");
      const parts = o.address ? splitMalaysianAddress(o.address) : null;
      t.location.push({
        id: locationId,
        location_type: "physical",
        organization_id: orgId,
        name: o.name,
        // An address without a postcode cannot be an HSDS address row: it is kept as the location's description.
        description: o.address && !parts ? o.address : "",
      });
      if (parts)
        t.address.push({
          id: await id(":address"),
          location_id: locationId,
          address_1: o.address,
          city: parts.city,
          region: area,
          state_province: ctx.state,
          postal_code: parts.postalCode,
          country: "MY",
          address_type: "physical",
        });
    }
    const groups = o.targetGroups.map(ctx.targetGroupLabel).join(", ");
    for (const [i, name] of o.services.entries()) {
      const serviceId = await id(`:service:${i}`);
      t.service.push({
        id: serviceId,
        organization_id: orgId,
        name,
        status: o.active ? "active" : "inactive",
        eligibility_description: groups,
        assured_date: o.confirmedAt ?? "",
        last_modified: o.updatedAt.replace(/\.\d+Z$/, "Z"),
      });
      if (locationId)
        t.service_at_location.push({
          id: await id(`:service:${i}:at`),
          service_id: serviceId,
          location_id: locationId,
        });
    }
    if (o.phone)
      t.phone.push({
        id: await id(":phone"),
        organization_id: orgId,
        number: o.phone,
        type: "voice",
        description: "Telefon pejabat",
      });
    if (o.mobile)
      t.phone.push({
        id: await id(":mobile"),
        organization_id: orgId,
        number: o.mobile,
        type: "cell",
        description: "Telefon bimbit",
      });
    if (o.head || o.headPost)
      t.contact.push({
        id: await id(":head"),
        organization_id: orgId,
        name: o.head,
        title: o.headPost,
      });
  }
  return t;
}

const constraints = (f: HsdsField) => ({
  required: !!f.required,
  unique: !!f.unique,
  ...(f.enum ? { enum: [...f.enum] } : {}),
});

/** datapackage.json: the HSDS table schemas of the seven resources, with the extra columns declared. */
export function hsdsDatapackage(opts: { name: string; title: string; created: string }): string {
  const resources = hsdsTableNames.map((name) => {
    const table = hsdsTables[name];
    return {
      name,
      path: table.path,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      profile: "tabular-data-resource",
      schema: {
        primaryKey: "id",
        fields: [
          ...table.fields.map((f) => ({
            name: f.name,
            type: f.type,
            ...(f.format ? { format: f.format } : {}),
            constraints: constraints(f),
          })),
          ...(hsdsExtraFields[name] ?? []).map((f) => ({ ...f, constraints: { required: false } })),
        ],
        foreignKeys: table.foreignKeys
          .filter((k) => (hsdsTableNames as readonly string[]).includes(k.resource))
          .map((k) => ({ fields: k.field, reference: { resource: k.resource, fields: "id" } })),
      },
    };
  });
  return `${JSON.stringify(
    {
      name: opts.name,
      title: opts.title,
      profile: "tabular-data-package",
      created: opts.created,
      hsds_version: HSDS_VERSION,
      homepage: "http://docs.openreferral.org",
      resources,
    },
    null,
    2,
  )}\n`;
}

/** The package's files by path: each table's CSV (its HSDS columns, then the extra ones) and datapackage.json. */
export function hsdsFiles(
  tables: HsdsTablesData,
  meta: { name: string; title: string; created: string },
): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of hsdsTableNames) {
    const header = [
      ...hsdsTables[name].fields.map((f) => f.name),
      ...(hsdsExtraFields[name] ?? []).map((f) => f.name),
    ];
    files.set(hsdsTables[name].path, writeCsv(header, tables[name]));
  }
  files.set("datapackage.json", hsdsDatapackage(meta));
  return files;
}

/** The files in one zip archive (deflated). */
export async function hsdsZip(files: ReadonlyMap<string, string>): Promise<Uint8Array<ArrayBuffer>> {
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  for (const [path, text] of files) zip.file(path, text);
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return new Uint8Array(bytes);
}
