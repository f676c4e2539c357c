// Why: the monthly statistics must equal hand counts and what the register's own filter gives, boundaries included.
import { describe, expect, it } from "vitest";
import type {
  CaseRecord,
  InvestigationRecord,
  PersonRecord,
  ReferralRecord,
  StatusCheckRecord,
} from "../../../renderer/db/app-db";
import { registerPredicate } from "../../../renderer/db/register";
import {
  addRows,
  statistikKesModel,
  statistikKesRows,
  type StatCase,
  type StatCheck,
  type StatInvestigation,
  type StatPerson,
  type StatReferral,
  type StatRow,
  type StatSheet,
} from "../../../shared/reports/statistik-kes/model";
import {
  S1,
  S2,
  expectedSite1,
  expectedSite2,
  expectedTotals,
  fixtureInput,
} from "../../fixtures/reports/statistik-kes";

// The stored records are accepted as they are (checked by tsc).
const _records: [StatCase, StatPerson, StatReferral, StatCheck, StatInvestigation] = [
  {} as CaseRecord,
  {} as PersonRecord,
  {} as ReferralRecord,
  {} as StatusCheckRecord,
  {} as InvestigationRecord,
];
void _records;

const model = statistikKesModel(fixtureInput);
const sheet = (key: string): StatSheet => model.sheets.find((s) => s.key === key)!;
const row = (s: StatSheet, id: string): StatRow => s.rows.find((r) => r.id === id)!;

function expectSheet(s: StatSheet, expected: Record<string, number[]>) {
  for (const id of Object.keys(expected))
    expect(
      s.rows.some((r) => r.id === id),
      id,
    ).toBe(true);
  for (const r of s.rows) {
    if (r.kind === "section") {
      expect(
        r.months.every((v) => v === null),
        r.id,
      ).toBe(true);
      expect(r.total).toBeNull();
      continue;
    }
    const want = expected[r.id] ?? Array(10).fill(0);
    expect(r.months.slice(0, 10), `${s.key} ${r.id}`).toEqual(want);
    expect(r.months.slice(10), `${s.key} ${r.id} after the report month`).toEqual([null, null]);
  }
}

describe("statistik kes model", () => {
  it("gives the hand-counted figures for each site, month by month", () => {
    expectSheet(sheet(S1), expectedSite1);
    expectSheet(sheet(S2), expectedSite2);
  });

  it("gives the hand-counted Jumlah, adding months, but a month-end balance is the report month's figure", () => {
    for (const [key, totals] of [
      [S1, expectedTotals.site1],
      [S2, expectedTotals.site2],
      ["daerah", expectedTotals.district],
    ] as const) {
      for (const [id, total] of Object.entries(totals))
        expect(row(sheet(key), id).total, `${key} ${id}`).toBe(total);
      for (const r of sheet(key).rows) {
        if (r.totalRule === "sum") expect(r.total).toBe(r.months.reduce<number>((a, v) => a + (v ?? 0), 0));
        if (r.totalRule === "month") expect(r.total).toBe(r.months[9]);
      }
    }
    expect(row(sheet(S1), "C.open").totalRule).toBe("month");
    expect(row(sheet(S1), "C.overdue").totalRule).toBe("month");
  });

  it("counts a case on the last day of a month in that month, and nothing after the report month", () => {
    // c2 on 31 March; c5 on 31 October; c6 in November is left out.
    expect(row(sheet(S1), "A.warga-emas.P").months.slice(2, 4)).toEqual([1, 1]);
    expect(row(sheet(S1), "A.oku.P").months[9]).toBe(1);
    expect(row(sheet(S1), "A.belia.L").months).toEqual([...Array(10).fill(0), null, null]);
    expect(row(sheet(S1), "TOTAL").months[10]).toBeNull();
  });

  it("never counts soft-deleted records, nor the referrals of a deleted case", () => {
    expect(row(sheet(S1), "A.ibu-tunggal.P").total).toBe(0); // c4 deleted
    expect(row(sheet(S1), "B.siasatan").total).toBe(0);
    expect(row(sheet(S1), "C.made").months[2]).toBe(2); // r5 (deleted case) left out
    expect(row(sheet(S1), "C.made").months[9]).toBe(0); // r6 deleted
    expect(row(sheet(S1), "D.opened").months[4]).toBe(0); // i5 deleted
    expect(row(sheet(S2), "C.checks").months[9]).toBe(1); // k7 deleted
  });

  it("counts a case moved between sites once, at its current site, with its referral and investigation", () => {
    expect(row(sheet(S1), "A.miskin").total).toBe(0);
    expect(row(sheet(S2), "A.miskin.L").months[2]).toBe(1);
    expect(row(sheet("daerah"), "A.miskin").total).toBe(1);
    expect(row(sheet(S2), "C.made").months[2]).toBe(1); // r3 was made at site 1
    expect(row(sheet(S2), "D.lulus").months[2]).toBe(1); // i4
  });

  it("counts a referral closed and reopened as open at month end, and not as closed", () => {
    // r2: closed 10 May, reopened: open at the end of every month from March; r1 closed in April.
    expect(row(sheet(S1), "C.closed").months).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, null, null]);
    expect(row(sheet(S1), "C.open").months[4]).toBe(1);
  });

  it("takes overdue checks on the month's last day: 7 days is overdue, 6 is not; deleted checks do not count", () => {
    expect(row(sheet(S2), "C.overdue").months[9]).toBe(2); // r3 (never checked) and r7 (7 days); r8 6 days
    expect(row(sheet(S1), "C.overdue").months[9]).toBe(0); // r2 checked 28 Oct
  });

  it("takes month-end balances on the report day when the month is not over", () => {
    const early = statistikKesModel({ ...fixtureInput, asOf: "2026-10-27" });
    const s2 = early.sheets.find((s) => s.key === S2)!;
    expect(row(s2, "C.overdue").months[9]).toBe(1); // r7 is 3 days old on 27 Oct
    expect(row(s2, "C.open").months[9]).toBe(4);
    expect(row(s2, "C.overdue").months[8]).toBe(1); // September is over
  });

  it("counts submissions on the office calendar day (Kuala Lumpur), with D3 + D4 = D2", () => {
    expect(row(sheet(S2), "D.submitted").months.slice(0, 3)).toEqual([0, 1, 1]); // 31 Jan 17:30 UTC is 1 Feb
    expect(row(sheet(S1), "D.submitted").months[3]).toBe(1); // 30 Apr 15:59 UTC is 23:59 30 Apr
    for (const s of model.sheets)
      for (let m = 0; m < 10; m += 1)
        expect(row(s, "D.lulus").months[m]! + row(s, "D.tidak-lulus").months[m]!).toBe(
          row(s, "D.submitted").months[m],
        );
  });

  it("adds up: each group's subtotal is Lelaki + Perempuan; JUMLAH KES DILAYAN is section B and the A subtotals", () => {
    for (const s of model.sheets) {
      const sum = (ids: string[], m: number) => ids.reduce((a, id) => a + (row(s, id).months[m] ?? 0), 0);
      for (const r of s.rows.filter((x) => x.kind === "subtotal")) {
        expect(r.sumOf).toEqual([`${r.id}.L`, `${r.id}.P`]);
        for (let m = 0; m < 10; m += 1) expect(r.months[m]).toBe(sum(r.sumOf!, m));
      }
      const total = row(s, "TOTAL");
      expect(total.sumOf).toEqual(s.rows.filter((r) => r.id.startsWith("B.")).map((r) => r.id));
      const subtotals = s.rows.filter((r) => r.kind === "subtotal").map((r) => r.id);
      for (let m = 0; m < 10; m += 1) {
        expect(total.months[m]).toBe(sum(total.sumOf!, m));
        expect(total.months[m]).toBe(sum(subtotals, m));
      }
    }
  });

  it("gives the same counts as the register's filter over the same records", () => {
    const cases = fixtureInput.cases as unknown as CaseRecord[];
    const sexOf = new Map(fixtureInput.persons.map((p) => [p.id, p.sex]));
    for (const site of [S1, S2]) {
      for (const r of sheet(site).rows) {
        const f = r.caseFilter ?? (r.id === "TOTAL" ? {} : null);
        if (!f) continue;
        const keep = registerPredicate({
          siteIds: [site],
          targetGroup: f.targetGroup ?? null,
          service: f.service ?? null,
        });
        for (let m = 1; m <= 10; m += 1) {
          const from = `2026-${String(m).padStart(2, "0")}-01`;
          const to = `2026-${String(m).padStart(2, "0")}-31`;
          const n = cases.filter(
            (c) =>
              c.siteId === site &&
              c.date >= from &&
              c.date <= to &&
              keep(c) &&
              (!f.sex || sexOf.get(c.personId) === f.sex),
          ).length;
          expect(r.months[m - 1], `${site} ${r.id} month ${m}`).toBe(n);
        }
      }
    }
  });

  it("makes the district sheet the sum of the site sheets, equal to counting all sites at once", () => {
    expect(model.sheets.map((s) => s.sheetName)).toEqual(["Daerah", "PPR Seri Pantai", "PPR Seri Pahang"]);
    const district = sheet("daerah");
    expect(district.rows).toEqual(addRows([sheet(S1).rows, sheet(S2).rows]));
    expect(district.rows).toEqual(statistikKesRows(fixtureInput, [S1, S2]).rows);
    for (const r of district.rows) {
      if (r.kind === "section") continue;
      r.months.forEach((v, m) =>
        expect(v).toBe(v === null ? null : row(sheet(S1), r.id).months[m]! + row(sheet(S2), r.id).months[m]!),
      );
    }
  });

  it("carries the title, programme, site and period lines and the file names", () => {
    expect(model.title).toBe("LAPORAN STATISTIK KES YANG DILAYAN MENGIKUT BULAN");
    expect(model.classification).toBeNull();
    expect(model.columns).toEqual([
      "Bil.",
      "Perkara",
      "Jan",
      "Feb",
      "Mac",
      "Apr",
      "Mei",
      "Jun",
      "Jul",
      "Ogo",
      "Sep",
      "Okt",
      "Nov",
      "Dis",
      "Jumlah",
    ]);
    expect(sheet(S1).subtitle).toEqual([
      "PROGRAM PEMBANGUNAN KOMUNITI DI PROJEK PERUMAHAN RAKYAT (PPR) @ KAWASAN BERISIKO TINGGI",
      "TAPAK: PPR SERI PANTAI",
      "BULAN: OKTOBER 2026",
    ]);
    expect(sheet("daerah").subtitle[1]).toBe("DAERAH: LEMBAH PANTAI (2 TAPAK)");
    expect(model.fileNames.xlsx).toBe("statistik-kes_lembah-pantai_2026-10.xlsx");
    expect(model.stamp).toBe("Dijana oleh Rekod Komuniti 0.1.0 pada 05/11/2026 14:30 oleh Siti Aminah");
    const one = statistikKesModel({ ...fixtureInput, sites: [fixtureInput.sites[0]!] });
    expect(one.sheets.map((s) => s.sheetName)).toEqual(["PPR Seri Pantai"]);
    expect(one.fileNames.docx).toBe("statistik-kes_ppr-seri-pantai_2026-10.docx");
  });

  it("reports a case whose person is unknown: counted in B and the total, not in A", () => {
    const input = {
      ...fixtureInput,
      cases: [
        ...fixtureInput.cases,
        {
          id: "cx",
          recordNo: "SPN/2026/0099",
          siteId: S1,
          personId: "nobody",
          date: "2026-10-02",
          targetGroup: "belia" as const,
          service: "aduan" as const,
          deletedAt: null,
        },
      ],
    };
    const s1 = statistikKesModel(input).sheets.find((s) => s.key === S1)!;
    expect(s1.warnings).toEqual([{ kind: "unknownPerson", caseId: "cx", recordNo: "SPN/2026/0099" }]);
    expect(row(s1, "A.belia").months[9]).toBe(0);
    expect(row(s1, "B.aduan").months[9]).toBe(1);
    expect(row(s1, "TOTAL").months[9]).toBe(2);
  });

  it("refuses a month outside 1..12", () => {
    expect(() => statistikKesModel({ ...fixtureInput, month: 13 })).toThrow(RangeError);
  });
});
