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

export const hsdsTables: Record<HsdsTableName, HsdsTable> = {
  organization: {
    path: "organizations.csv",
    fields: [
      { name: "id", type: "string", format: "uuid", required: true, unique: true },
      { name: "name", type: "string", required: true },
      { name: "alternate_name", type: "string" },
      { name: "description", type: "string", required: true },
      { name: "email", type: "string", format: "email" },
      { name: "website", type: "string", format: "uri" },
      { name: "tax_status", type: "string" },
      { name: "tax_id", type: "string" },
      { name: "year_incorporated", type: "number" },
      { name: "legal_status", type: "string" },
      { name: "logo", type: "string" },
      { name: "uri", type: "string", format: "uri" },
      { name: "parent_organization_id", type: "string", format: "uuid" },
    ],
    foreignKeys: [],
  },
  service: {
    path: "services.csv",
    fields: [
      { name: "id", type: "string", format: "uuid", required: true, unique: true },
      { name: "organization_id", type: "string", format: "uuid", required: true },
      { name: "program_id", type: "string", format: "uuid" },
      { name: "name", type: "string", required: true },
      { name: "alternate_name", type: "string" },
      { name: "description", type: "string" },
      { name: "url", type: "string", format: "uri" },
      { name: "email", type: "string", format: "email" },
      {
        name: "status",
        type: "string",
        required: true,
        enum: ["active", "inactive", "defunct", "temporarily closed"],
      },
      { name: "interpretation_services", type: "string" },
      { name: "application_process", type: "string" },
      { name: "fees_description", type: "string" },
      { name: "wait_time", type: "string" },
      { name: "fees", type: "string" },
      { name: "accreditations", type: "string" },
      { name: "eligibility_description", type: "string" },
      { name: "minimum_age", type: "number" },
      { name: "maximum_age", type: "number" },
      { name: "assured_date", type: "date" },
      { name: "assurer_email", type: "string", format: "email" },
      { name: "licenses", type: "string" },
      { name: "alert", type: "string" },
      { name: "last_modified", type: "datetime" },
    ],
    foreignKeys: [
      { field: "organization_id", resource: "organization" },
      { field: "program_id", resource: "program" },
    ],
  },
  service_at_location: {
    path: "service_at_location.csv",
    fields: [
      { name: "id", type: "string", format: "uuid", required: true, unique: true },
      { name: "service_id", type: "string", format: "uuid", required: true },
      { name: "location_id", type: "string", format: "uuid", required: true },
      { name: "description", type: "string" },
    ],
    foreignKeys: [
      { field: "service_id", resource: "service" },
      { field: "location_id", resource: "location" },
    ],
  },
  location: {
    path: "locations.csv",
    fields: [
      { name: "id", type: "string", format: "uuid", required: true, unique: true },
      { name: "location_type", type: "string", required: true, enum: ["physical", "postal", "virtual"] },
      { name: "url", type: "string", format: "uri" },
      { name: "organization_id", type: "string", format: "uuid" },
      { name: "name", type: "string" },
      { name: "alternate_name", type: "string" },
      { name: "description", type: "string" },
      { name: "transportation", type: "string" },
      { name: "latitude", type: "number" },
      { name: "longitude", type: "number" },
      { name: "external_identifier", type: "string" },
      { name: "external_identifier_type", type: "string" },
    ],
    foreignKeys: [{ field: "organization_id", resource: "organization" }],
  },
  phone: {
    path: "phones.csv",
    fields: [
      { name: "id", type: "string", format: "uuid", required: true, unique: true },
      { name: "location_id", type: "string", format: "uuid" },
      { name: "service_id", type: "string", format: "uuid" },
      { name: "organization_id", type: "string", format: "uuid" },
      { name: "contact_id", type: "string", format: "uuid" },
      { name: "service_at_location_id", type: "string", format: "uuid" },
      { name: "number", type: "string", required: true },
      { name: "extension", type: "number" },
      { name: "type", type: "string" },
      { name: "description", type: "string" },
    ],
    foreignKeys: [
      { field: "contact_id", resource: "contact" },
      { field: "location_id", resource: "location" },
      { field: "organization_id", resource: "organization" },
      { field: "service_id", resource: "service" },
      { field: "service_at_location_id", resource: "service_at_location" },
    ],
  },
  contact: {
    path: "contacts.csv",
    fields: [
      { name: "id", type: "string", format: "uuid", required: true, unique: true },
      { name: "organization_id", type: "string", format: "uuid" },
      { name: "service_id", type: "string", format: "uuid" },
      { name: "service_at_location_id", type: "string", format: "uuid" },
      { name: "location_id", type: "string", format: "uuid" },
      { name: "name", type: "string" },
      { name: "title", type: "string" },
      { name: "department", type: "string" },
      { name: "email", type: "string", format: "email" },
    ],
    foreignKeys: [
      { field: "location_id", resource: "location" },
      { field: "organization_id", resource: "organization" },
      { field: "service_id", resource: "service" },
      { field: "service_at_location_id", resource: "service_at_location" },
    ],
  },
  address: {
    path: "addresses.csv",
    fields: [
      { name: "id", type: "string", format: "uuid", required: true, unique: true },
      { name: "location_id", type: "string", format: "uuid" },
      { name: "attention", type: "string" },
      { name: "address_1", type: "string", required: true },
      { name: "address_2", type: "string" },
      { name: "city", type: "string", required: true },
      { name: "region", type: "string" },
      { name: "state_province", type: "string", required: true },
      { name: "postal_code", type: "string", required: true },
      { name: "country", type: "string", required: true },
      { name: "address_type", type: "string", required: true, enum: ["physical", "postal", "virtual"] },
    ],
    foreignKeys: [{ field: "location_id", resource: "location" }],
  },
};
