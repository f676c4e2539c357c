// Why: the KPN status report's every total must equal a recount of the records it counts (per checkpoint, per tour,
// for the district), read through the indexes, and come back the same out of the Word and Excel files.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type {
  BasketRecord,
  CheckpointRecord,
  ComplaintRecord,
  IntakeRecord,
  KpnServiceRecord,
  TourRecord,
} from "../../../renderer/db/app-db";
import { loadKpnStatus } from "../../../renderer/features/laporan/load-kpn";
import { ageBands, agencyServices, basketItems } from "../../../shared/domain/kpn/codes";
import { complaintState } from "../../../shared/domain/kpn/complaints";
import { missingReportSettings, stateCoordinatorPost } from "../../../shared/domain/office";
import { kpnStatusDocx } from "../../../shared/reports/kpn/status-pelaksanaan/docx";
import type {
  KsBasket,
  KsComplaint,
  KsIntake,
  KsService,
} from "../../../shared/reports/kpn/status-pelaksanaan/figures";
import {
  kpnStatusModel,
  UNITS_PER_TABLE,
  type KpnStatusInput,
  type KsCheckpoint,
  type KsTour,
} from "../../../shared/reports/kpn/status-pelaksanaan/model";
import { kpnStatusXlsx } from "../../../shared/reports/kpn/status-pelaksanaan/xlsx";
import { kpnStatusFixture } from "../../fixtures/reports/kpn-status";
import { docxTables, unescapeXml } from "./docx-read";
import { freshDb } from "../helpers";

// The stored records are accepted as they are (checked by tsc).
const _records: [KsTour, KsCheckpoint, KsService, KsComplaint, KsBasket, KsIntake] = [
  {} as TourRecord,
  {} as CheckpointRecord,
  {} as KpnServiceRecord,
  {} as ComplaintRecord,
  {} as BasketRecord,
  {} as IntakeRecord,
];
void _records;

/** A month of records with everything that must not be counted mixed in: other months, deleted rows, strays. */
const monthArb = fc
  .record({
    tours: fc.array(
      fc.record({
        day: fc.integer({ min: -3, max: 33 }),
        gone: fc.integer({ min: 0, max: 9 }),
        stops: fc.integer({ min: 0, max: 8 }),
        returned: fc.boolean(),
      }),
      { minLength: 0, maxLength: 9 },
    ),
    rows: fc.array(
      fc.record({
        kind: fc.constantFrom("service", "complaint", "basket", "intake"),
        tour: fc.nat(12),
        stop: fc.nat(9),
        deleted: fc.integer({ min: 0, max: 9 }),
        a: fc.nat(40),
        b: fc.nat(40),
        c: fc.nat(5),
      }),
      { maxLength: 250 },
    ),
  })
  .map(buildInput);

function day(n: number): string {
  const d = new Date(Date.UTC(2026, 9, n));
  return d.toISOString().slice(0, 10);
}

function buildInput(g: {
  tours: { day: number; gone: number; stops: number; returned: boolean }[];
  rows: { kind: string; tour: number; stop: number; deleted: number; a: number; b: number; c: number }[];
}): KpnStatusInput {
  const base = kpnStatusFixture(0);
  const tours: KsTour[] = g.tours.map((t, i) => ({
    ...kpnStatusFixture(1).tours[0]!,
    id: `t${i}`,
    date: day(t.day),
    createdAt: `2026-01-01T00:00:0${i}.000Z`,
    deletedAt: t.gone === 0 ? "2026-10-02T00:00:00.000Z" : null,
    stockReturned: t.returned ? { beras: 30, minyak: 30, tepung: 20, gula: 25 } : null,
  }));
  const checkpoints: KsCheckpoint[] = g.tours.flatMap((t, i) =>
    Array.from({ length: t.stops }, (_, s) => ({
      id: `t${i}-c${s}`,
      tourId: `t${i}`,
      order: s + 1,
      name: `Check point ${s + 1}`,
      locationType: "pasar",
      date: day(t.day),
      start: "09:00",
      end: "10:00",
      agencyServices: agencyServices.filter((_, k) => (s + k + i) % 3 === 0),
      deletedAt: s === 4 ? "2026-10-02T00:00:00.000Z" : null,
    })),
  );
  const input: KpnStatusInput = {
    ...base,
    tours,
    checkpoints,
    services: [],
    complaints: [],
    baskets: [],
    intakes: [],
  };
  const services: KsService[] = [];
  const complaints: KsComplaint[] = [];
  const baskets: KsBasket[] = [];
  const intakes: KsIntake[] = [];
  g.rows.forEach((r, n) => {
    const at = {
      id: `r${n}`,
      tourId: `t${r.tour}`,
      // A record now and then names a checkpoint of another tour: it is not counted.
      checkpointId: `t${r.c === 5 ? r.tour + 1 : r.tour}-c${r.stop}`,
      deletedAt: r.deleted === 0 ? "2026-10-03T00:00:00.000Z" : null,
    };
    const received = day(1 + (r.a % 31));
    if (r.kind === "service")
      services.push({
        ...at,
        service: r.b % 7 === 6 ? "lain-khidmat" : agencyServices[r.b % 4]!,
        sex: r.a % 2 ? "L" : "P",
        ageBand: ageBands[r.b % 4]!,
      });
    else if (r.kind === "complaint")
      complaints.push({
        ...at,
        refNo: `ADU/2026/${n}`,
        receivedDate: received,
        acknowledgedDate: r.b % 3 ? day(1 + (r.a % 31) + (r.b % 4)) : null,
        resolvedDate: r.b % 2 ? day(1 + (r.a % 31) + r.b) : null,
      });
    else if (r.kind === "basket")
      baskets.push({
        ...at,
        items: { beras: r.a % 3, minyak: r.b % 2, tepung: r.c % 2, gula: 1 },
        overStockReason: r.c === 4 ? "Stok habis, keluarga besar" : "",
      });
    else
      intakes.push({
        ...at,
        outcome: (["kes", "rujukan", "susulan"] as const)[r.b % 3]!,
        assignedSiteId: r.a % 2 ? "site-1" : null,
      });
  });
  return { ...input, services, complaints, baskets, intakes };
}

/** The records the report counts, found the plain way: live, on a live tour of the month, at a live checkpoint of it. */
function counted(input: KpnStatusInput) {
  const tours = input.tours.filter((t) => !t.deletedAt && t.date.startsWith("2026-10"));
  const cps = input.checkpoints.filter((c) => !c.deletedAt && tours.some((t) => t.id === c.tourId));
  const at = (r: { tourId: string; checkpointId: string; deletedAt: string | null }) =>
    !r.deletedAt && cps.some((c) => c.id === r.checkpointId && c.tourId === r.tourId);
  return {
    tours,
    cps,
    services: input.services.filter(at),
    complaints: input.complaints.filter(at),
    baskets: input.baskets.filter(at),
    intakes: input.intakes.filter(at),
  };
}

function recount(input: KpnStatusInput, only: (r: { tourId: string; checkpointId: string }) => boolean) {
  const c = counted(input);
  const s = c.services.filter(only);
  const cm = c.complaints.filter(only);
  const b = c.baskets.filter(only);
  const i = c.intakes.filter(only);
  const on = (d: string | null) => (d && d <= input.asOf ? d : null);
  const states = cm.map((x) =>
    complaintState(
      {
        receivedDate: x.receivedDate,
        acknowledgedDate: on(x.acknowledgedDate),
        resolvedDate: on(x.resolvedDate),
      },
      input.asOf,
      input.charter.calendar,
      input.charter.days,
    ),
  );
  return {
    served: s.length,
    L: s.filter((x) => x.sex === "L").length,
    P: s.filter((x) => x.sex === "P").length,
    age: ageBands.map((a) => s.filter((x) => x.ageBand === a).length),
    types: Object.fromEntries(
      [...new Set(s.map((x) => x.service))].map((t) => [t, s.filter((x) => x.service === t).length]),
    ),
    received: cm.length,
    ackInTime: states.filter((x) => x.acknowledge === "inTime").length,
    resolved: states.filter((x) => x.resolve === "inTime" || x.resolve === "late").length,
    resolvedInTime: states.filter((x) => x.resolve === "inTime").length,
    overdue: states.filter((x) => x.overdue).length,
    baskets: b.length,
    items: basketItems.map((k) => b.reduce((n, x) => n + x.items[k], 0)),
    met: i.length,
    kes: i.filter((x) => x.outcome === "kes").length,
    rujukan: i.filter((x) => x.outcome === "rujukan").length,
    assigned: i.filter((x) => x.outcome === "susulan" && x.assignedSiteId).length,
    waiting: i.filter((x) => x.outcome === "susulan" && !x.assignedSiteId).length,
  };
}

function figuresView(f: ReturnType<typeof kpnStatusModel>["totals"]) {
  return {
    served: f.services.total,
    L: f.services.L,
    P: f.services.P,
    age: ageBands.map((a) => f.services.age[a]),
    types: Object.fromEntries(Object.entries(f.services.byType).filter(([, n]) => n > 0)),
    received: f.complaints.received,
    ackInTime: f.complaints.ackInTime,
    resolved: f.complaints.resolved,
    resolvedInTime: f.complaints.resolvedInTime,
    overdue: f.complaints.overdue,
    baskets: f.baskets.given,
    items: basketItems.map((k) => f.baskets.items[k]),
    met: f.intakes.met,
    kes: f.intakes.kes,
    rujukan: f.intakes.rujukan,
    assigned: f.intakes.susulanAssigned,
    waiting: f.intakes.susulanWaiting,
  };
}

describe("Laporan Status Pelaksanaan KPN: the totals equal the logs", () => {
  it("per checkpoint, per tour and for the district, for any month of records (property)", () => {
    fc.assert(
      fc.property(monthArb, (input) => {
        const m = kpnStatusModel(input);
        const c = counted(input);
        expect(figuresView(m.totals)).toEqual(recount(input, () => true));
        expect(m.tours.map((t) => t.tourId)).toEqual(
          [...c.tours]
            .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
            .map((t) => t.id),
        );
        expect(m.totals.checkpoints).toBe(c.cps.length);
        for (const part of m.tours) {
          expect(figuresView(part.totals)).toEqual(recount(input, (r) => r.tourId === part.tourId));
          for (const cp of part.checkpoints)
            expect(figuresView(cp.figures)).toEqual(
              recount(input, (r) => r.checkpointId === cp.checkpointId),
            );
          for (const a of agencyServices)
            expect(part.totals.agency[a]).toBe(
              c.cps.filter(
                (x) =>
                  x.tourId === part.tourId &&
                  (x.agencyServices.includes(a) ||
                    c.services.some((s) => s.checkpointId === x.id && s.service === a)),
              ).length,
            );
        }
        // Every table's "Jumlah" column adds up its row, and the district's last column is the district's figure.
        const tables = [...m.district.figures, m.district.services, ...m.tours.flatMap((t) => t.figures)];
        for (const t of tables)
          for (const r of t.rows)
            if (t.totalOf && r.kind !== "section")
              expect(r.cells.at(-1)).toBe(t.totalOf.reduce((n, i) => n + (r.cells[i] ?? 0), 0));
        // Split over several tables, the units of all of them add up to the last one's "Jumlah".
        for (const parts of [m.district.figures, ...m.tours.map((t) => t.figures)]) {
          const servedIn = parts.map((t) => t.rows.find((r) => r.label === "Jumlah orang dilayan")!.cells);
          const units = servedIn.flatMap((cells, i) =>
            i === servedIn.length - 1 ? cells.slice(0, -1) : cells,
          );
          expect(units.reduce<number>((n, x) => n + (x ?? 0), 0)).toBe(servedIn.at(-1)!.at(-1));
        }
        const served = m.district.figures.at(-1)!.rows.find((r) => r.label === "Jumlah orang dilayan")!;
        expect(served.cells.at(-1)).toBe(m.totals.services.total);
        expect(m.district.figures.every((t) => t.columns.length <= UNITS_PER_TABLE + 3)).toBe(true);
        // Stock: what was given is what the baskets hold; loaded is what the tours carried.
        m.district.stock.rows.forEach((r, k) => {
          const item = basketItems[k]!;
          expect(r.cells[0]).toBe(c.tours.reduce((n, t) => n + t.stockLoaded[item], 0));
          expect(r.cells[1]).toBe(m.totals.baskets.items[item]);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("judges complaints on the report day: done after it is not done, and deadlines count working days", () => {
    const input = kpnStatusFixture(1);
    const cp = input.checkpoints[0]!;
    const at = { tourId: cp.tourId, checkpointId: cp.id, deletedAt: null };
    // Received Friday 2 October 2026: acknowledge by Monday 5th; resolve within 15 working days, 23rd (no holiday).
    const complaints: KsComplaint[] = [
      {
        ...at,
        id: "x1",
        refNo: "ADU/2026/0001",
        receivedDate: "2026-10-02",
        acknowledgedDate: "2026-10-05",
        resolvedDate: "2026-10-23",
      },
      {
        ...at,
        id: "x2",
        refNo: "ADU/2026/0002",
        receivedDate: "2026-10-02",
        acknowledgedDate: "2026-10-06",
        resolvedDate: "2026-11-02",
      },
      {
        ...at,
        id: "x3",
        refNo: "ADU/2026/0003",
        receivedDate: "2026-10-02",
        acknowledgedDate: null,
        resolvedDate: null,
      },
    ];
    const tour = { ...input.tours[0]!, date: "2026-10-02" };
    const holiday = {
      ...input.charter,
      calendar: { weekend: [6, 0] as (0 | 6)[], holidays: ["2026-10-20"] },
    };
    const m = kpnStatusModel({
      ...input,
      tours: [tour],
      complaints,
      services: [],
      baskets: [],
      intakes: [],
      charter: holiday,
    });
    // With 20 October a holiday, the 15th working day is the 26th: x1 is in time, x2 resolved after the report day.
    expect(m.totals.complaints).toEqual({
      received: 3,
      ackInTime: 1,
      resolved: 1,
      resolvedInTime: 1,
      overdue: 2,
    });
    expect(m.tours[0]!.issues.filter((l) => l.startsWith("Aduan"))).toEqual([
      "Aduan ADU/2026/0002 lewat tindakan (perlu diselesaikan pada 26/10/2026).",
      "Aduan ADU/2026/0003 lewat tindakan (perlu diselesaikan pada 26/10/2026).",
    ]);
  });

  it("names the tour's leader and the state coordinator under the signatures, and the stock that did not balance", () => {
    const m = kpnStatusModel(kpnStatusFixture());
    expect(m.tours[0]!.signature[0].heading).toBe("Disediakan oleh (Ketua Pasukan):");
    expect(m.tours[0]!.signature[0].lines).toContain("Nama: Kumar a/l Subramaniam");
    expect(m.tours[0]!.signature[0].lines).toContain("Jawatan: Penolong Pegawai Kebajikan Masyarakat (S32)");
    expect(m.signature.map((c) => c.heading)).toEqual([
      "Disediakan oleh:",
      "Disahkan oleh (Penyelaras Negeri):",
    ]);
    expect(m.signature[1]!.lines[0]).toBe("Nama: Puan Norhayati binti Ismail");
    expect(m.tours[0]!.issues[0]).toMatch(/^Barisan panjang/);
    expect(m.tours[0]!.issues.some((l) => l.startsWith("Stok dipulangkan tidak sepadan"))).toBe(true);
    expect(m.tours.at(-1)!.issues).toEqual(["Tiada isu dilaporkan."]);
    expect(m.fileNames).toEqual({
      docx: "kpn-status-pelaksanaan_lembah-pantai_2026-10.docx",
      xlsx: "kpn-status-pelaksanaan_lembah-pantai_2026-10.xlsx",
    });
  });

  it("the state coordinator is a setting the report names when missing", () => {
    const office = {
      address: "Jalan 1",
      phone: "03-1234 5678",
      report: { pkmdName: "Encik Rahman", pkmdPost: "", pkmdEmail: "" },
    };
    expect(missingReportSettings(office)).toEqual([]);
    expect(missingReportSettings(office, { stateCoordinator: true })).toEqual([
      "office.stateCoordinatorName",
    ]);
    const set = { ...office, report: { ...office.report, stateCoordinatorName: "Puan Norhayati" } };
    expect(missingReportSettings(set, { stateCoordinator: true })).toEqual([]);
    expect(stateCoordinatorPost(set)).toBe("Penyelaras Komuniti Negeri");
  });
});

describe("Laporan Status Pelaksanaan KPN: the loader and the files", () => {
  it("reads the month's tours by date and their records by tour, and leaves other months out", async () => {
    const input = kpnStatusFixture(3);
    const db = freshDb();
    const stamp = { createdAt: "", createdBy: "", updatedAt: "", updatedBy: "", rev: 1 };
    const other = { ...input.tours[0]!, id: "t-nov", date: "2026-11-04" };
    await db.tours.bulkAdd(
      [...input.tours, other].map((t) => ({ ...t, ...stamp, leaderOverrideReason: "" }) as never),
    );
    await db.checkpoints.bulkAdd(
      [...input.checkpoints, { ...input.checkpoints[0]!, id: "c-nov", tourId: "t-nov" }].map(
        (c) => ({ ...c, ...stamp }) as never,
      ),
    );
    await db.kpnServices.bulkAdd(
      [...input.services, { ...input.services[0]!, id: "s-nov", tourId: "t-nov", checkpointId: "c-nov" }].map(
        (s) => ({ ...s, ...stamp }) as never,
      ),
    );
    await db.complaints.bulkAdd(input.complaints.map((c) => ({ ...c, ...stamp }) as never));
    await db.baskets.bulkAdd(input.baskets.map((b) => ({ ...b, ...stamp, date: "2026-10-07" }) as never));
    await db.intakes.bulkAdd(input.intakes.map((i) => ({ ...i, ...stamp }) as never));
    const loaded = await loadKpnStatus(db, "2026-10-01", "2026-10-31");
    expect(loaded.tours.map((t) => t.id).sort()).toEqual(input.tours.map((t) => t.id).sort());
    expect(loaded.services).toHaveLength(input.services.length);
    expect(loaded.checkpoints).toHaveLength(input.checkpoints.length);
    const fromDb = kpnStatusModel({ ...input, ...loaded });
    expect(fromDb.totals).toEqual(kpnStatusModel(input).totals);
  });

  it("writes the same figures into the workbook (numbers, Jumlah formulas) and the Word tables", async () => {
    const model = kpnStatusModel(kpnStatusFixture());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await kpnStatusXlsx(model)).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Daerah", "Lawatan 1", "Lawatan 2", "Lawatan 3"]);
    const rowOf = (ws: ExcelJS.Worksheet, label: string) => {
      let found: ExcelJS.Row | null = null;
      ws.eachRow((r) => {
        if (!found && r.getCell(2).value === label) found = r;
      });
      return found as ExcelJS.Row | null;
    };
    const served = rowOf(wb.getWorksheet("Daerah")!, "Jumlah orang dilayan")!;
    const total = served.getCell(model.district.figures[0]!.columns.length).value as {
      formula: string;
      result: number;
    };
    expect(total.formula).toMatch(/^SUM\(C\d+:E\d+\)$/);
    expect(total.result).toBe(model.totals.services.total);
    expect(served.getCell(3).value).toBe(model.tours[0]!.totals.services.total);
    model.tours.forEach((tour, n) => {
      const ws = wb.getWorksheet(`Lawatan ${n + 1}`)!;
      const baskets = rowOf(ws, "Bakul diberi")!;
      const cols = tour.figures[0]!.columns.length;
      const cell = baskets.getCell(cols).value as { formula: string; result?: number };
      expect(cell.formula).toMatch(/^SUM\(/);
      // exceljs reads a stored 0 result back as no result; the file holds <v>0</v> (xlsx-formula-results.test.ts).
      expect(cell.result ?? 0).toBe(tour.totals.baskets.given);
      const texts: string[] = [];
      ws.eachRow((r) => texts.push(String(r.getCell(2).value ?? "")));
      expect(texts).toContain("Disediakan oleh (Ketua Pasukan):");
    });

    // Every formula keeps its result in the file, 0 included, for viewers that do not recalculate.
    const book = await JSZip.loadAsync(await kpnStatusXlsx(model));
    for (const name of Object.keys(book.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const sheetXml = await book.file(name)!.async("string");
      for (const [, body] of sheetXml.matchAll(/<c r="[A-Z]+\d+"[^>]*>([\s\S]*?)<\/c>/g))
        if (body!.includes("<f>")) expect(body).toMatch(/<v>\d+<\/v>/);
    }

    const zip = await JSZip.loadAsync(await kpnStatusDocx(model));
    const xml = unescapeXml(await zip.file("word/document.xml")!.async("string"));
    const tables = docxTables(xml);
    const district = tables[0]!;
    expect(district[0]).toEqual(model.district.figures[0]!.columns);
    const servedRow = district.find((r) => r[1] === "Jumlah orang dilayan")!;
    expect(servedRow.slice(2).map(Number)).toEqual(
      model.district.figures[0]!.rows.find((r) => r.label === "Jumlah orang dilayan")!.cells,
    );
    expect(xml).toContain("Disahkan oleh (Penyelaras Negeri):");
    expect(xml).toContain("LAMPIRAN: BUTIRAN MENGIKUT LAWATAN DAN CHECK POINT");
    expect(xml.match(/Disediakan oleh \(Ketua Pasukan\):/g)).toHaveLength(model.tours.length);
  });
});
