// Why: the directory leaves as an HSDS 3.0 tabular data package that passes the HSDS table schemas (required fields,
// types, uuid ids, foreign keys) and comes back through the same import steps as the same entries; a broken package is
// refused with its problems named.
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { checkRows } from "../../shared/import/check";
import { suggestMapping } from "../../shared/import/mapping";
import { organisationsSpec } from "../../shared/import/organisations";
import { organisationFields } from "../../shared/import/organisations-fields";
import { findTable } from "../../shared/import/table";
import { organisationSchema, type OrganisationFields } from "../../shared/domain/directory";
import { targetGroups } from "../../shared/domain/codes";
import {
  hsdsFiles,
  hsdsTablesOf,
  hsdsZip,
  splitMalaysianAddress,
  type HsdsEntry,
} from "../../shared/directory-hsds/export";
import { uuidV5, UUID_PATTERN } from "../../shared/directory-hsds/ids";
import { HsdsPackageError, readHsdsPackage, readHsdsZip } from "../../shared/directory-hsds/read";
import { validateHsds } from "../../shared/directory-hsds/validate";
import { hsdsTableNames, hsdsTables } from "../../shared/directory-hsds/schema";
import { writeCsv } from "../../shared/directory-hsds/csv";
import { ImportFileError } from "../../shared/import/sheet";
import { TARGET_GROUP_LABELS } from "../../shared/reports/statistik-kes/model";

const today = "2026-11-18";
const ctx = {
  state: "WP Kuala Lumpur",
  district: "Lembah Pantai",
  kindLabel: (k: string) => `Jenis ${k}`,
  targetGroupLabel: (g: string) => TARGET_GROUP_LABELS[g as keyof typeof TARGET_GROUP_LABELS] ?? g,
};
const meta = { name: "direktori-lembah-pantai", title: "Direktori", created: "2026-11-18T01:00:00Z" };

const entry = (id: string, o: Partial<OrganisationFields> & { name: string }): HsdsEntry => ({
  ...organisationSchema.parse({ kind: "cbo", phone: "", ...o }),
  id,
  updatedAt: "2026-11-01T02:03:04.567Z",
});

/** Entries with every field used, and the awkward cases: no address, an address without a postcode, no services. */
const entries: HsdsEntry[] = [
  entry("01JA0000000000000000000001", {
    name: "Persatuan Penduduk PPR Seri Pantai",
    registrationNo: "PPM-011-14-12032011",
    area: "Mukim Kuala Lumpur",
    address: "Dewan Serbaguna, Blok A, PPR Seri Pantai, 59200 Kuala Lumpur",
    head: "Encik Rahman bin Ali",
    headPost: "Pengerusi",
    phone: "03-2282 1234",
    mobile: "012-345 6789",
    email: "pp.seripantai@contoh.org.my",
    targetGroups: ["warga-emas", "oku", "kanak-kanak"],
    services: ["Gotong-royong", "Tuisyen, kelas mengaji", "Ziarah"],
    members: 120,
    active: true,
    confirmedAt: "2026-03-14",
    notes: 'Mesyuarat agung setiap Mac; hubungi "Setiausaha" dahulu.',
  }),
  entry("01JA0000000000000000000002", {
    name: "Klinik Kesihatan Pantai",
    kind: "klinik",
    address: "Jalan Pantai Baru\nKuala Lumpur",
    phone: "03-2282 5000",
    services: ["Tuisyen, kelas mengaji"],
    active: false,
  }),
  entry("01JA0000000000000000000003", { name: "Surau Al-Amin", kind: "rumah-ibadat", members: 0 }),
  entry("01JA0000000000000000000004", {
    name: "Pertubuhan Kebajikan Insan",
    kind: "ngo",
    area: "Mukim Petaling",
    targetGroups: [...targetGroups],
    services: ["Bantuan makanan"],
  }),
];

async function exported() {
  const tables = await hsdsTablesOf(entries, ctx);
  return { tables, files: hsdsFiles(tables, meta) };
}

describe("HSDS 3.0 export", () => {
  it("makes name-based UUIDs (RFC 9562 version 5)", async () => {
    expect(await uuidV5("python.org", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "886313e1-3b8a-5372-9b90-0c9aee199e5d",
    );
  });

  it("writes the seven tables and datapackage.json, which pass the HSDS table schemas", async () => {
    const { tables, files } = await exported();
    expect([...files.keys()].sort()).toEqual(
      [...hsdsTableNames.map((n) => hsdsTables[n].path), "datapackage.json"].sort(),
    );
    expect(validateHsds(files).issues).toEqual([]);
    expect(tables.organization).toHaveLength(4);
    expect(tables.service).toHaveLength(5);
    expect(tables.location).toHaveLength(3);
    expect(tables.address).toHaveLength(1);
    expect(tables.service_at_location).toHaveLength(5);
    expect(tables.phone.map((p) => p.type)).toEqual(["voice", "cell", "voice"]);
    expect(tables.contact).toEqual([
      expect.objectContaining({ name: "Encik Rahman bin Ali", title: "Pengerusi" }),
    ]);
    expect(tables.address[0]).toMatchObject({
      postal_code: "59200",
      city: "Kuala Lumpur",
      state_province: "WP Kuala Lumpur",
      country: "MY",
      region: "Mukim Kuala Lumpur",
    });
    for (const name of hsdsTableNames) for (const r of tables[name]) expect(r.id).toMatch(UUID_PATTERN);
    // The same entries give the same ids next time.
    expect((await hsdsTablesOf(entries, ctx)).organization.map((o) => o.id)).toEqual(
      tables.organization.map((o) => o.id),
    );
    const dp = JSON.parse(files.get("datapackage.json")!);
    expect(dp.profile).toBe("tabular-data-package");
    expect(dp.resources.map((r: { name: string }) => r.name)).toEqual([...hsdsTableNames]);
    expect(files.get("organizations.csv")!.split("\r\n")[0]).toBe(
      "id,name,alternate_name,description,email,website,tax_status,tax_id,year_incorporated,legal_status,logo,uri," +
        "parent_organization_id,x_kind,x_registration_no,x_area,x_target_groups,x_members,x_active,x_confirmed_at,x_notes",
    );
  });

  it("reads postcodes and towns from Malaysian addresses", () => {
    expect(splitMalaysianAddress("No. 3, Jalan 1, 47000 Sungai Buloh, Selangor")).toEqual({
      postalCode: "47000",
      city: "Sungai Buloh",
    });
    expect(splitMalaysianAddress("Jalan Pantai Baru")).toBeNull();
  });

  it("imports back, through the same steps, to the same entries", async () => {
    const { files } = await exported();
    const book = await readHsdsPackage(await hsdsZip(files));
    const table = findTable(book.sheets[0]!, organisationFields);
    const columns = suggestMapping(table.headers, organisationFields);
    expect(columns.every(Boolean)).toBe(true);
    const r = await checkRows(table, columns, organisationsSpec, { today, defaults: {}, stored: [] });
    expect(r.issues).toEqual([]);
    expect(r.valid.map((v) => v.rowNo)).toEqual([2, 3, 4, 5]);
    expect(r.valid.map((v) => v.value.fields)).toEqual(
      entries.map(({ id: _id, updatedAt: _u, ...fields }) => fields),
    );
  });

  it("names each organisation the directory's own rules refuse, by its row in organizations.csv", async () => {
    const { tables } = await exported();
    // Valid HSDS (a phone number is any text there) but not a phone the directory accepts.
    tables.phone[2]!.number = "hubungi pejabat";
    tables.organization[3]!.x_members = "-4";
    const book = await readHsdsPackage(await hsdsZip(hsdsFiles(tables, meta)));
    const table = findTable(book.sheets[0]!, organisationFields);
    const r = await checkRows(table, suggestMapping(table.headers, organisationFields), organisationsSpec, {
      today,
      defaults: {},
      stored: [],
    });
    expect(r.issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [3, "phone_voice", "v.phone"],
      [5, "x_members", "v.number"],
    ]);
    expect(r.valid.map((v) => v.rowNo)).toEqual([2, 4]);
  });

  it("refuses a package that breaks the table schemas, naming file, row, column and rule", async () => {
    const { files } = await exported();
    const broken = new Map(files);
    const org = broken.get("organizations.csv")!.split("\r\n");
    org[2] = org[2]!.replace(/^[0-9a-f-]{36}/, "bukan-uuid");
    broken.set("organizations.csv", org.join("\r\n"));
    const svc = broken.get("services.csv")!.replace(",active,", ",dibuka,");
    broken.set("services.csv", svc);
    broken.set("contacts.csv", broken.get("contacts.csv")!.replace(/\r\n$/, ",\r\n"));
    broken.delete("addresses.csv");
    const issues = validateHsds(broken).issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "organizations.csv", row: 3, field: "id", code: "uuid" }),
        expect.objectContaining({
          file: "services.csv",
          row: 2,
          field: "status",
          code: "enum",
          value: "dibuka",
        }),
        expect.objectContaining({ file: "services.csv", field: "organization_id", code: "foreignKey" }),
        expect.objectContaining({ file: "addresses.csv", code: "missingFile" }),
      ]),
    );
    const zip = new JSZip();
    for (const [p, t] of broken) zip.file(p, t);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(readHsdsPackage(bytes)).rejects.toBeInstanceOf(HsdsPackageError);
  });

  it("refuses a required field left empty and a datapackage.json that is not HSDS", async () => {
    const { files } = await exported();
    const noName = new Map(files);
    const lines = noName.get("phones.csv")!.split("\r\n");
    const cells = lines[1]!.split(",");
    cells[6] = "";
    lines[1] = cells.join(",");
    noName.set("phones.csv", lines.join("\r\n"));
    noName.set(
      "datapackage.json",
      JSON.stringify({ resources: [{ name: "organization", path: "org.csv" }] }),
    );
    const issues = validateHsds(noName).issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "phones.csv", row: 2, field: "number", code: "required" }),
        expect.objectContaining({ file: "datapackage.json", field: "organization", code: "missingResource" }),
      ]),
    );
  });

  it("refuses a file that is not a zip, and a zip without datapackage.json", async () => {
    const zip = new JSZip();
    zip.file("organizations.csv", "id,name\r\n");
    for (const bytes of [
      new TextEncoder().encode("id,name"),
      await zip.generateAsync({ type: "uint8array" }),
    ])
      await expect(readHsdsZip(bytes)).rejects.toMatchObject({ key: "imp.hsds.notPackage" });
    expect(new ImportFileError("x")).toBeInstanceOf(Error);
  });

  it("reads another directory's package by what HSDS holds", async () => {
    const { tables, files } = await exported();
    const theirs = new Map(files);
    // Without the extra columns: legal_status, the address region and the services' status and date stand in.
    theirs.set(
      "organizations.csv",
      writeCsv(
        hsdsTables.organization.fields.map((f) => f.name),
        tables.organization.map((o) => ({
          ...o,
          legal_status: o.legal_status === "Jenis klinik" ? "Klinik" : "",
        })),
      ),
    );
    const book = await readHsdsPackage(await hsdsZip(theirs));
    const table = findTable(book.sheets[0]!, organisationFields);
    const r = await checkRows(table, suggestMapping(table.headers, organisationFields), organisationsSpec, {
      today,
      defaults: { kind: "lain-lain" },
      stored: [],
    });
    expect(r.issues).toEqual([]);
    expect(r.valid[1]!.value.fields).toMatchObject({
      name: "Klinik Kesihatan Pantai",
      kind: "klinik",
      active: false,
    });
    expect(r.valid[0]!.value.fields).toMatchObject({ area: "Mukim Kuala Lumpur", confirmedAt: "2026-03-14" });
  });
});
