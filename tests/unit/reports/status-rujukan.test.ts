// Why: the referral status list must pick the right referrals, mark the 7-day rule exactly, and write a SULIT workbook that reads back.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type {
  CaseRecord,
  OrganisationRecord,
  PersonRecord,
  ReferralRecord,
  StatusCheckRecord,
} from "../../../renderer/db/app-db";
import {
  statusRujukanModel,
  type SrCase,
  type SrCheck,
  type SrOrganisation,
  type SrPerson,
  type SrReferral,
  type StatusRujukanInput,
} from "../../../shared/reports/status-rujukan/model";
import { wrappedLines } from "../../../shared/reports/frame/measure";
import { statusRujukanXlsx } from "../../../shared/reports/status-rujukan/xlsx";

// The stored records are accepted as they are (checked by tsc).
const _records: [SrCase, SrPerson, SrOrganisation, SrReferral, SrCheck] = [
  {} as CaseRecord,
  {} as PersonRecord,
  {} as OrganisationRecord,
  {} as ReferralRecord,
  {} as StatusCheckRecord,
];
void _records;

const S1 = "site-1";
const S2 = "site-2";
const person = (id: string, name: string, deletedAt: string | null = null): SrPerson => ({
  id,
  name,
  deletedAt,
});
const kes = (n: number, siteId = S1, deletedAt: string | null = null): SrCase => ({
  id: `c${n}`,
  recordNo: `SPH/2026/${String(n).padStart(4, "0")}`,
  siteId,
  personId: `p${n}`,
  deletedAt,
});
const ref = (n: number, date: string, extra: Partial<SrReferral> = {}): SrReferral => ({
  id: `r${n}`,
  caseId: `c${n}`,
  siteId: S1,
  organisationId: "o1",
  date,
  status: "terbuka",
  closedDate: null,
  outcome: "",
  deletedAt: null,
  ...extra,
});
let checkNo = 0;
const check = (
  referral: number,
  date: string,
  response: string,
  deletedAt: string | null = null,
): SrCheck => ({
  id: `k${(checkNo += 1)}`,
  referralId: `r${referral}`,
  date,
  response,
  deletedAt,
});

const input: StatusRujukanInput = {
  sites: [{ id: S1, name: "PPR Seri Pahang" }],
  district: "Lembah Pantai",
  asOf: "2026-10-20",
  monthStart: "2026-10-01",
  persons: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => person(`p${n}`, `Orang ${n}`)),
  cases: [1, 2, 3, 4, 5, 6, 7].map((n) => kes(n)).concat([kes(8, S1, "2026-10-02T00:00:00Z"), kes(9, S2)]),
  organisations: [{ id: "o1", name: "Jabatan Kebajikan" }],
  referrals: [
    ref(1, "2026-10-01"), // checked 2 days ago
    ref(2, "2026-10-01"), // last check exactly 7 days ago: overdue
    ref(3, "2026-10-01"), // last check 6 days ago: not overdue
    ref(4, "2026-09-01"), // never checked: 49 days
    ref(5, "2026-09-10", { status: "ditutup", closedDate: "2026-10-05", outcome: "Bantuan diluluskan" }),
    ref(6, "2026-09-01", { status: "ditutup", closedDate: "2026-09-28", outcome: "Selesai" }),
    ref(7, "2026-10-01", { deletedAt: "2026-10-03T00:00:00Z" }),
    ref(8, "2026-10-01"), // its case is in the recycle bin
    ref(9, "2026-10-01", { siteId: S2 }), // another site
  ],
  statusChecks: [
    check(1, "2026-10-18", "Menunggu dokumen"),
    check(2, "2026-10-06", "Telefon agensi"),
    check(2, "2026-10-13", "Agensi sedang menyemak"),
    check(2, "2026-10-21", "Selepas tarikh laporan"),
    check(3, "2026-10-14", "Temu janji ditetapkan"),
    check(3, "2026-10-19", "Dipadam", "2026-10-19T05:00:00Z"),
  ],
  letterhead: {
    organisation: "JABATAN KEBAJIKAN MASYARAKAT MALAYSIA",
    officeLine: "PEJABAT KEBAJIKAN MASYARAKAT DAERAH LEMBAH PANTAI, WP KUALA LUMPUR",
    address: "Jalan Pantai",
    phone: "Tel: 03-2222 3333",
  },
  stamp: { app: "Rekod Komuniti", version: "0.1.0", at: "2026-10-20T06:30:00Z", by: "Siti Aminah" },
  signature: {
    preparedBy: { name: "Siti Aminah", jawatan: "Pekerja Pembangunan Komuniti" },
    reviewedBy: { name: "Encik Rahman" },
  },
};

const model = statusRujukanModel(input);
const byNo = (n: number) => model.rows.find((r) => r.referralId === `r${n}`);

describe("status rujukan model", () => {
  it("lists open referrals and those closed this month, nothing deleted, closed earlier or elsewhere", () => {
    expect(model.rows.map((r) => r.referralId)).toEqual(["r4", "r2", "r1", "r3", "r5"]);
  });

  it("applies the 7-day rule exactly: 7 days overdue, 6 days not", () => {
    expect(byNo(2)).toMatchObject({
      overdue: true,
      days: 7,
      lastCheck: "13/10/2026",
      note: "Agensi sedang menyemak",
    });
    expect(byNo(3)).toMatchObject({
      overdue: false,
      days: 6,
      lastCheck: "14/10/2026",
      note: "Temu janji ditetapkan",
    });
    expect(byNo(4)).toMatchObject({
      overdue: true,
      days: 49,
      lastCheck: "-",
      note: "",
      referredDate: "01/09/2026",
    });
    expect(byNo(1)).toMatchObject({ overdue: false, days: 2, status: "Terbuka" });
  });

  it("shows a closed referral with its outcome and closing date instead of a day count, never overdue", () => {
    expect(byNo(5)).toMatchObject({
      status: "Ditutup",
      days: null,
      closedDate: "05/10/2026",
      overdue: false,
      note: "Bantuan diluluskan",
      recordNo: "SPH/2026/0005",
      name: "Orang 5",
      organisation: "Jabatan Kebajikan",
    });
  });

  it("counts the totals and names the file", () => {
    expect(model.totals).toEqual({ open: 4, overdue: 2, closedThisMonth: 1 });
    expect(model.fileNames.xlsx).toBe("status-rujukan_ppr-seri-pahang_2026-10.xlsx");
    expect(model.subtitle).toEqual([
      "TAPAK: PPR SERI PAHANG",
      "BULAN: OKTOBER 2026",
      "STATUS PADA: 20/10/2026",
    ]);
  });

  it("leaves out a referral whose person is in the recycle bin", () => {
    const m = statusRujukanModel({
      ...input,
      persons: input.persons.map((p) => (p.id === "p1" ? { ...p, deletedAt: "2026-10-10T00:00:00Z" } : p)),
    });
    expect(m.rows.map((r) => r.referralId)).not.toContain("r1");
  });
});

const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? "" : String(v));

describe("status rujukan xlsx", () => {
  const wb = new ExcelJS.Workbook();
  let ws: ExcelJS.Worksheet;
  let header = 0;
  beforeAll(async () => {
    const bytes = await statusRujukanXlsx(model);
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    ws = wb.worksheets[0]!;
    ws.eachRow((r, n) => {
      if (!header && text(r.getCell(1).value) === "Bil.") header = n;
    });
  });

  it("is SULIT at top and bottom, in the page header and footer, with the title and period", () => {
    const column = ws.getColumn(1).values.map((v) => text(v as ExcelJS.CellValue));
    expect(text(ws.getCell(1, 1).value)).toBe("SULIT");
    expect(column.filter((v) => v === "SULIT")).toHaveLength(2);
    expect(column[column.length - 1]).toBe("SULIT");
    expect(column).toContain("SENARAI STATUS RUJUKAN");
    expect(column).toContain("BULAN: OKTOBER 2026");
    expect(column).toContain("JABATAN KEBAJIKAN MASYARAKAT MALAYSIA");
    expect(ws.headerFooter.oddHeader).toContain("SULIT");
    expect(ws.headerFooter.oddFooter).toContain("SULIT");
  });

  it("has one row per referral, numbers as numbers, overdue rows bold and marked LEWAT SEMAK", () => {
    expect(header).toBeGreaterThan(0);
    expect(ws.getRow(header).values).toEqual([undefined, ...model.columns]);
    model.rows.forEach((r, i) => {
      const row = ws.getRow(header + 1 + i);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(text(row.getCell(2).value)).toBe(r.recordNo);
      // Days since the check for an open referral; the closing date for a closed one.
      expect(row.getCell(7).value).toBe(r.closedDate ?? r.days);
      expect(typeof row.getCell(7).value).toBe(r.status === "Ditutup" ? "string" : "number");
      expect(text(row.getCell(8).value)).toBe(r.overdue ? "LEWAT SEMAK" : r.status);
      expect(!!row.getCell(2).font?.bold).toBe(r.overdue);
    });
    expect(text(ws.getCell(header + 1 + model.rows.length, 1).value)).toBe("");
    const marked: number[] = [];
    ws.eachRow((r) => {
      if (text(r.getCell(8).value) === "LEWAT SEMAK") marked.push(r.number);
    });
    expect(marked).toHaveLength(2);
  });

  it("carries the totals and the signature, and prints A4 landscape one page wide with the header repeated and frozen", () => {
    const all: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => all.push(text(c.value))));
    expect(all).toContain("Jumlah rujukan terbuka");
    expect(all).toContain("Disediakan oleh:");
    expect(all).toContain("Disemak / Disahkan oleh:");
    const totalRow = ws
      .getRows(1, ws.rowCount)!
      .find((r) => text(r.getCell(2).value) === "Jumlah rujukan terbuka")!;
    expect(totalRow.getCell(7).value).toBe(4);
    const ps = ws.pageSetup;
    expect(ps.paperSize).toBe(9);
    expect(ps.orientation).toBe("landscape");
    expect(ps.fitToPage).toBe(true);
    expect(ps.fitToWidth).toBe(1);
    expect(ps.printTitlesRow?.replace(/\$/g, "")).toBe(`${header}:${header}`);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: header });
  });
});

describe("the district list", () => {
  const district = statusRujukanModel({
    ...input,
    sites: [
      { id: S1, name: "PPR Seri Pahang" },
      { id: S2, name: "PPR Seri Pantai" },
    ],
  });

  it("has a Tapak column naming each referral's site, the site list has none", () => {
    expect(district.siteColumn).toBe(true);
    expect(district.columns.slice(0, 3)).toEqual(["Bil.", "Tapak", "No. Rekod"]);
    expect(district.rows.find((r) => r.referralId === "r9")?.site).toBe("PPR Seri Pantai");
    expect(district.rows.find((r) => r.referralId === "r1")?.site).toBe("PPR Seri Pahang");
    expect(model.siteColumn).toBe(false);
    expect(model.columns).not.toContain("Tapak");
  });

  it("writes the Tapak column, the closing date and the totals under their column in the workbook", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await statusRujukanXlsx(district)).buffer as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    let header = 0;
    ws.eachRow((r, n) => {
      if (!header && text(r.getCell(1).value) === "Bil.") header = n;
    });
    expect(ws.getRow(header).values).toEqual([undefined, ...district.columns]);
    const since = district.columns.indexOf("Hari Sejak Semakan / Tarikh Ditutup") + 1;
    expect(since).toBe(8);
    district.rows.forEach((r, i) => {
      const row = ws.getRow(header + 1 + i);
      expect(text(row.getCell(2).value)).toBe(r.site);
      expect(text(row.getCell(3).value)).toBe(r.recordNo);
      expect(row.getCell(since).value).toBe(r.closedDate ?? r.days);
    });
    expect(district.rows.some((r) => r.closedDate === "05/10/2026")).toBe(true);
    // The heading row is tall enough for its longest heading, wrapped.
    const lines = wrappedLines(district.columns[since - 1]!, ws.getColumn(since).width!, true);
    expect(lines).toBeGreaterThan(2);
    expect(ws.getRow(header).height).toBeGreaterThanOrEqual(lines * 12.75);
    const totalRow = ws
      .getRows(1, ws.rowCount)!
      .find((r) => text(r.getCell(2).value) === "Jumlah rujukan terbuka")!;
    expect(totalRow.getCell(since).value).toBe(district.totals.open);
  });
});
