// Why: the HSDS 3.0 table schemas (Open Referral, datapackage.json of openreferral/specification, version 3.0.0) for
// the seven tables the district's directory is exchanged in: fields, types, formats, required, unique, enums and
// foreign keys, the rules an export must pass and an imported package is checked against.

export type HsdsFieldType = "string" | "number" | "date" | "datetime";
export type HsdsField = {
  name: string;
  type: HsdsFieldType;
  format?: "uuid" | "email" | "uri";
  required?: true;
  unique?: true;
  enum?: readonly string[];
};
export type HsdsTable = {
  path: string;
  fields: readonly HsdsField[];
  /** Each non-empty value of `field` is the id of a row of `resource` (when the package holds that resource). */
  foreignKeys: readonly { field: string; resource: string }[];
};

export const HSDS_VERSION = "3.0.0";

/** The tables in the order they are written (parents before the rows that point at them). */
export const hsdsTableNames = [
  "organization",
  "service",
  "location",
  "service_at_location",
  "phone",
  "address",
  "contact",
] as const;
export type HsdsTableName = (typeof hsdsTableNames)[number];

/** Tables of the HSDS package besides those written here, which a foreign key may still name. */
const otherResources = ["program"];

/**
 * One table from its path and its columns after `id` (every table's first column: a required, unique uuid). A column
 * is written `name[@format][:type][!]`: `@uuid`/`@email`/`@uri` a string's format, `:number`/`:date`/`:datetime`
 * its type (string when none), `!` required. A uuid column `X_id` is a foreign key to table X when the package has one.
 */
function table(path: string, columns: string, enums: Record<string, readonly string[]> = {}): HsdsTable {
  const fields = columns
    .split(/\s+/)
    .filter(Boolean)
    .map((spec): HsdsField => {
      const m = /^(\w+)(?:@(uuid|email|uri))?(?::(number|date|datetime))?(!)?$/.exec(spec);
      if (!m) throw new Error(`HSDS column ${spec}`);
      const [, name = "", format, type = "string", required] = m;
      return {
        name,
        type: type as HsdsFieldType,
        ...(format ? { format: format as "uuid" | "email" | "uri" } : {}),
        ...(required ? { required: true as const } : {}),
        ...(enums[name] ? { enum: enums[name] } : {}),
      };
    });
  const resources: readonly string[] = [...hsdsTableNames, ...otherResources];
  const foreignKeys = fields.flatMap((f) => {
    const resource = f.name.replace(/_id$/, "");
    return f.format === "uuid" && resource !== f.name && resources.includes(resource)
      ? [{ field: f.name, resource }]
      : [];
  });
  return {
    path,
    fields: [{ name: "id", type: "string", format: "uuid", required: true, unique: true }, ...fields],
    foreignKeys,
  };
}

const locationTypes = ["physical", "postal", "virtual"];

export const hsdsTables: Record<HsdsTableName, HsdsTable> = {
  organization: table(
    "organizations.csv",
    `name! alternate_name description! email@email website@uri tax_status tax_id year_incorporated:number
     legal_status logo uri@uri parent_organization_id@uuid`,
  ),
  service: table(
    "services.csv",
    `organization_id@uuid! program_id@uuid name! alternate_name description url@uri email@email status!
     interpretation_services application_process fees_description wait_time fees accreditations
     eligibility_description minimum_age:number maximum_age:number assured_date:date assurer_email@email licenses
     alert last_modified:datetime`,
    { status: ["active", "inactive", "defunct", "temporarily closed"] },
  ),
  service_at_location: table("service_at_location.csv", "service_id@uuid! location_id@uuid! description"),
  location: table(
    "locations.csv",
    `location_type! url@uri organization_id@uuid name alternate_name description transportation latitude:number
     longitude:number external_identifier external_identifier_type`,
    { location_type: locationTypes },
  ),
  phone: table(
    "phones.csv",
    "location_id@uuid service_id@uuid organization_id@uuid contact_id@uuid service_at_location_id@uuid number! extension:number type description",
  ),
  contact: table(
    "contacts.csv",
    "organization_id@uuid service_id@uuid service_at_location_id@uuid location_id@uuid name title department email@email",
  ),
  address: table(
    "addresses.csv",
    `location_id@uuid attention address_1! address_2 city! region state_province! postal_code! country!
     address_type!`,
    { address_type: locationTypes },
  ),
};
