// Why: Laporan Status Pelaksanaan KPN (FORMATS.md): per checkpoint, per tour and for the district's month, every
// figure computed once from the tour records, laid out as the tables every writer and the screen show.
import { ageBands, agencyServices, basketItems, type TourStatus } from "../../../domain/kpn/codes";
import { reconcile, sum, type Quantities } from "../../../domain/kpn/stock";
import { dmy, periodLine, type SignatureBlock } from "../../frame/text";
import { kpnFrame, type KpnFrame, type KpnFrameInput } from "../frame";
import {
  addFigures,
  checkpointFigures,
  complaintFigures,
  type Charter,
  type KpnFigures,
  type KsBasket,
  type KsComplaint,
  type KsIntake,
  type KsService,
} from "./figures";
import {
  AGE_LABEL,
  AGENCY_LABEL,
  ITEM_LABEL,
  LOCATION_LABEL,
  ROLE_LABEL,
  STATUS_LABEL,
  weekdayName,
} from "./wording";

export const KPN_STATUS_CODE = "kpn-status-pelaksanaan";
export const KPN_STATUS_TITLE = "LAPORAN STATUS PELAKSANAAN KEMBARA PRIHATIN NEGARA";
/** Checkpoints (or tours) side by side in one table; more go on in another table under it. */
export const UNITS_PER_TABLE = 6;

export type KsTour = {
  id: string;
  date: string;
  status: TourStatus;
  statusReason: string;
  team: readonly { userId?: string | null; name: string; role: string; grade?: string }[];
  vehicle: { kind: "ukp" | "lain"; registration: string };
  partnerIds: readonly string[];
  stockLoaded: Quantities;
  stockReturned: Quantities | null;
  issues: string;
  createdAt: string;
  deletedAt: string | null;
};
export type KsCheckpoint = {
  id: string;
  tourId: string;
  order: number;
  name: string;
  locationType: string;
  date: string;
  start: string;
  end: string;
  agencyServices: readonly string[];
  deletedAt: string | null;
};

/** Its signature: prepared by the district (the PKMD), confirmed by the state coordinator. */
export type KpnStatusInput = KpnFrameInput & {
  year: number;
  month: number;
  /** The day complaint deadlines are judged on: today, or the month's last day for a month already over. */
  asOf: string;
  tours: readonly KsTour[];
  checkpoints: readonly KsCheckpoint[];
  services: readonly KsService[];
  complaints: readonly (KsComplaint & { category?: string })[];
  baskets: readonly KsBasket[];
  intakes: readonly KsIntake[];
  organisations: readonly { id: string; name: string }[];
  charter: Omit<Charter, "asOf">;
  /** Service types in the order to list them, with their Malay labels; types met but not listed follow. */
  serviceTypes: readonly { code: string; label: string }[];
  /** A team member's post under their signature, by user id (the administrator's wording). */
  posts?: Readonly<Record<string, string>>;
};

export type KsRow = {
  kind: "section" | "item" | "total";
  bil: string;
  label: string;
  /** One per column after "Bil." and the label; null leaves the cell empty. */
  cells: (number | null)[];
  indent?: number;
};
export type KsTable = {
  columns: string[];
  rows: KsRow[];
  /** Cells (0-based, after the label) the last cell adds up, when it is a total of its row. */
  totalOf?: number[];
};

export type KsTourPart = {
  tourId: string;
  heading: string;
  lines: string[];
  figures: KsTable[];
  stock: KsTable;
  issuesHeading: string;
  issues: string[];
  signature: SignatureBlock;
  totals: KpnFigures;
  checkpoints: { checkpointId: string; figures: KpnFigures }[];
};

export type KpnStatusModel = KpnFrame & {
  code: typeof KPN_STATUS_CODE;
  title: string;
  subtitle: string[];
  classification: null;
  year: number;
  month: number;
  asOf: string;
  district: {
    heading: string;
    lines: string[];
    figures: KsTable[];
    stockHeading: string;
    stock: KsTable;
    servicesHeading: string;
    services: KsTable;
  };
  toursHeading: string;
  tours: KsTourPart[];
  totals: KpnFigures;
  notes: string[];
};
const live = <T extends { deletedAt: string | null }>(rows: readonly T[]) => rows.filter((r) => !r.deletedAt);

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

/** Each figure row: its label and how it is read from a unit's figures. */
type Line = { label: string; get: (f: KpnFigures) => number; bold?: boolean };
type Block = { title: string; lines: Line[] };

function blocks(serviceTypes: { code: string; label: string }[], charter: Charter): Block[] {
  const { acknowledge, resolve } = charter.days;
  return [
    {
      title: "KAUNTER PERKHIDMATAN (orang dilayan)",
      lines: [
        ...serviceTypes.map((s) => ({
          label: s.label,
          get: (f: KpnFigures) => f.services.byType[s.code] ?? 0,
        })),
        { label: "Lelaki", get: (f) => f.services.L },
        { label: "Perempuan", get: (f) => f.services.P },
        ...ageBands.map((a) => ({ label: AGE_LABEL[a], get: (f: KpnFigures) => f.services.age[a] })),
        { label: "Jumlah orang dilayan", get: (f) => f.services.total, bold: true },
      ],
    },
    {
      title: "KAUNTER ADUAN PELANGGAN",
      lines: [
        { label: "Aduan diterima", get: (f) => f.complaints.received, bold: true },
        { label: `Diakui dalam tempoh (${acknowledge} hari bekerja)`, get: (f) => f.complaints.ackInTime },
        { label: "Diselesaikan", get: (f) => f.complaints.resolved },
        {
          label: `Diselesaikan dalam tempoh (${resolve} hari bekerja)`,
          get: (f) => f.complaints.resolvedInTime,
        },
        { label: `Lewat tindakan pada ${dmy(charter.asOf)}`, get: (f) => f.complaints.overdue },
      ],
    },
    {
      title: "AGIHAN BAKUL MAKANAN",
      lines: [
        { label: "Bakul diberi", get: (f) => f.baskets.given, bold: true },
        ...basketItems.map((i) => ({
          label: `${ITEM_LABEL[i]} diberi (unit)`,
          get: (f: KpnFigures) => f.baskets.items[i],
        })),
      ],
    },
    {
      title: "KES KEBAJIKAN DITEMUI",
      lines: [
        { label: "Kes ditemui", get: (f) => f.intakes.met, bold: true },
        { label: "Kes Buku Rekod dibuka", get: (f) => f.intakes.kes },
        { label: "Dirujuk kepada organisasi", get: (f) => f.intakes.rujukan },
        { label: "Perlu susulan: diagihkan kepada PPK", get: (f) => f.intakes.susulanAssigned },
        { label: "Perlu susulan: menunggu agihan", get: (f) => f.intakes.susulanWaiting },
      ],
    },
    {
      title: "PERKHIDMATAN AGENSI KPWKM (bilangan check point)",
      lines: agencyServices.map((a) => ({
        label: AGENCY_LABEL[a] ?? a,
        get: (f: KpnFigures) => f.agency[a],
      })),
    },
  ];
}

const LETTERS = "ABCDEFGHIJ";

/** Figures of several units side by side (checkpoints of a tour, or tours of the month), with their total last. */
function figureTables(
  units: { header: string; figures: KpnFigures }[],
  total: { header: string; figures: KpnFigures },
  bl: Block[],
): KsTable[] {
  const chunks: { header: string; figures: KpnFigures }[][] = [];
  for (let i = 0; i < Math.max(1, units.length); i += UNITS_PER_TABLE)
    chunks.push(units.slice(i, i + UNITS_PER_TABLE));
  return chunks.map((chunk, n) => {
    const last = n === chunks.length - 1;
    const shown = last ? [...chunk, total] : chunk;
    const rows: KsRow[] = [];
    bl.forEach((b, k) => {
      rows.push({ kind: "section", bil: LETTERS[k]!, label: b.title, cells: [] });
      let bil = 0;
      b.lines.forEach((l) =>
        rows.push({
          kind: l.bold ? "total" : "item",
          bil: l.bold ? "" : String((bil += 1)),
          label: l.label,
          cells: shown.map((u) => l.get(u.figures)),
          indent: l.bold ? 0 : 1,
        }),
      );
    });
    return {
      columns: ["Bil.", "Perkara", ...shown.map((u) => u.header)],
      rows,
      // One table holds every unit: its "Jumlah" adds up its row (in the workbook, a formula); split, it is a figure.
      ...(chunks.length === 1 && chunk.length ? { totalOf: chunk.map((_, i) => i) } : {}),
    };
  });
}

const STOCK_COLUMNS = ["Bil.", "Barang", "Dimuat", "Diberi", "Baki sepatutnya", "Dipulangkan", "Perbezaan"];

/** Stock loaded, given, what should be left, counted back and the difference, per item (null: not counted yet). */
function stockTable(
  loaded: Quantities,
  given: Quantities,
  returned: Quantities | null,
  expected?: Quantities,
) {
  const rec = returned ? reconcile(loaded, [given], returned) : null;
  const left = expected ?? reconcile(loaded, [given], loaded).expected;
  const rows: KsRow[] = basketItems.map((i, n) => ({
    kind: "item",
    bil: String(n + 1),
    label: `${ITEM_LABEL[i]} (unit)`,
    cells: [loaded[i], given[i], left[i], returned ? returned[i] : null, rec ? rec.difference[i] : null],
  }));
  return { columns: STOCK_COLUMNS, rows } satisfies KsTable;
}

/** "Pasukan", "Kenderaan", ... lines of a tour's particulars. */
function tourLines(t: KsTour, cps: KsCheckpoint[], orgName: Map<string, string>): string[] {
  const status = STATUS_LABEL[t.status] ?? t.status;
  const team = t.team
    .map((m) => `${m.name} (${[ROLE_LABEL[m.role] ?? m.role, m.grade?.trim()].filter(Boolean).join(", ")})`)
    .join("; ");
  const partners = t.partnerIds.map((id) => orgName.get(id)).filter(Boolean);
  return [
    `Tarikh: ${weekdayName(t.date)}, ${dmy(t.date)}; status: ${status}${t.statusReason.trim() ? ` (${t.statusReason.trim()})` : ""}`,
    `Pasukan: ${team || "-"}`,
    `Kenderaan: ${t.vehicle.kind === "ukp" ? "Unit Khidmat Penyayang (UKP)" : "Kenderaan lain"}${t.vehicle.registration ? `, ${t.vehicle.registration}` : ""}`,
    `Rakan korporat / agensi: ${partners.length ? partners.join("; ") : "Tiada"}`,
    `Check point: ${
      cps.length
        ? cps
            .map(
              (c) =>
                `${c.order}. ${c.name} (${LOCATION_LABEL[c.locationType] ?? c.locationType}, ${c.start}-${c.end})`,
            )
            .join("; ")
        : "Tiada"
    }`,
  ];
}

/**
 * The status report. Tours dated in the month, not deleted, in date order; their live checkpoints in order; the live
 * records of those checkpoints (a record of a deleted checkpoint or tour is not counted). Complaints are judged on
 * `asOf`: a step done after it is not done yet.
 */
export function kpnStatusModel(input: KpnStatusInput): KpnStatusModel {
  const { year, month, asOf } = input;
  const charter: Charter = { ...input.charter, asOf };
  const from = `${year}-${String(month).padStart(2, "0")}-01`;
  const tours = live(input.tours)
    .filter((t) => t.date.slice(0, 7) === from.slice(0, 7))
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const tourIds = new Set(tours.map((t) => t.id));
  const cpsByTour = groupBy(
    live(input.checkpoints).filter((c) => tourIds.has(c.tourId)),
    (c) => c.tourId,
  );
  const cpIds = new Set([...cpsByTour.values()].flat().map((c) => `${c.tourId}|${c.id}`));
  const mine = <T extends { tourId: string; checkpointId: string; deletedAt: string | null }>(
    rows: readonly T[],
  ) =>
    groupBy(
      live(rows).filter((r) => cpIds.has(`${r.tourId}|${r.checkpointId}`)),
      (r) => r.checkpointId,
    );
  const services = mine(input.services);
  const complaints = mine(input.complaints);
  const baskets = mine(input.baskets);
  const intakes = mine(input.intakes);
  const orgName = new Map(input.organisations.map((o) => [o.id, o.name]));

  const known = new Set(input.serviceTypes.map((s) => s.code));
  const met = [...new Set([...services.values()].flat().map((s) => s.service))]
    .filter((c) => !known.has(c))
    .sort();
  const serviceTypes = [...input.serviceTypes, ...met.map((code) => ({ code, label: code }))];
  const bl = blocks(serviceTypes, charter);

  const parts: KsTourPart[] = tours.map((t, n) => {
    const cps = (cpsByTour.get(t.id) ?? []).sort((a, b) => a.order - b.order);
    const cpFigures = cps.map((c) => ({
      checkpointId: c.id,
      header: `${c.order}. ${c.name} (${c.start}-${c.end})`,
      figures: checkpointFigures(
        {
          agencyServices: c.agencyServices,
          services: services.get(c.id) ?? [],
          complaints: complaints.get(c.id) ?? [],
          baskets: baskets.get(c.id) ?? [],
          intakes: intakes.get(c.id) ?? [],
        },
        charter,
      ),
    }));
    const totals = addFigures(cpFigures.map((c) => c.figures));
    const tourComplaints = cps.flatMap((c) => complaints.get(c.id) ?? []);
    const tourBaskets = cps.flatMap((c) => baskets.get(c.id) ?? []);
    const issues = t.issues
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    for (const c of tourComplaints) {
      const x = complaintFigures(c, charter);
      if (x.overdue)
        issues.push(`Aduan ${c.refNo} lewat tindakan (perlu diselesaikan pada ${dmy(x.resolveBy)}).`);
    }
    if (totals.intakes.susulanWaiting)
      issues.push(`${totals.intakes.susulanWaiting} kes kebajikan perlu susulan belum diagihkan kepada PPK.`);
    const over = tourBaskets.filter((b) => b.overStockReason.trim()).length;
    if (over) issues.push(`${over} bakul diberi melebihi stok yang tinggal (dengan sebab direkodkan).`);
    if (t.stockReturned) {
      const rec = reconcile(
        t.stockLoaded,
        tourBaskets.map((b) => b.items),
        t.stockReturned,
      );
      const off = basketItems.filter((i) => rec.difference[i] !== 0);
      if (off.length)
        issues.push(
          `Stok dipulangkan tidak sepadan: ${off
            .map(
              (i) =>
                `${ITEM_LABEL[i].toLowerCase()} ${rec.difference[i] < 0 ? "kurang" : "lebih"} ${Math.abs(rec.difference[i])} unit`,
            )
            .join(", ")}.`,
        );
    } else if (t.status === "dilaksanakan") issues.push("Stok yang dipulangkan belum dikira.");
    const leader = t.team.find((m) => m.role === "ketua");
    const post = (leader?.userId && input.posts?.[leader.userId]) || "Ketua Pasukan";
    return {
      tourId: t.id,
      heading: `LAWATAN ${n + 1}: ${dmy(t.date)}`,
      lines: tourLines(t, cps, orgName),
      figures: figureTables(cpFigures, { header: "Jumlah lawatan", figures: totals }, bl),
      stock: stockTable(t.stockLoaded, totals.baskets.items, t.stockReturned),
      issuesHeading: "Isu dan tindakan susulan",
      issues: issues.length ? issues : ["Tiada isu dilaporkan."],
      signature: [
        {
          heading: "Disediakan oleh (Ketua Pasukan):",
          lines: [
            `Nama: ${leader?.name ?? ""}`,
            `Jawatan: ${post}${leader?.grade?.trim() ? ` (${leader.grade.trim()})` : ""}`,
            "Tarikh: ....................",
          ],
        },
      ],
      totals,
      checkpoints: cpFigures.map((c) => ({ checkpointId: c.checkpointId, figures: c.figures })),
    };
  });

  const totals = addFigures(parts.map((p) => p.totals));
  const byStatus = (s: TourStatus) => tours.filter((t) => t.status === s).length;
  const counted = tours.filter((t) => t.stockReturned);
  const loaded = sum(tours.map((t) => t.stockLoaded));
  const countedGiven = sum(counted.map((t) => parts.find((p) => p.tourId === t.id)!.totals.baskets.items));
  const districtStock = stockTable(loaded, totals.baskets.items, null);
  if (counted.length) {
    const rec = reconcile(
      sum(counted.map((t) => t.stockLoaded)),
      [countedGiven],
      sum(counted.map((t) => t.stockReturned!)),
    );
    districtStock.rows.forEach((r, n) => {
      const i = basketItems[n]!;
      r.cells[3] = sum(counted.map((t) => t.stockReturned!))[i];
      r.cells[4] = rec.difference[i];
    });
  }
  // Stock counted back on some tours only: the last two columns say whose.
  if (counted.length < tours.length)
    districtStock.columns = [
      ...STOCK_COLUMNS.slice(0, 5),
      `Dipulangkan (${counted.length} daripada ${tours.length} lawatan)`,
      `Perbezaan (${counted.length} daripada ${tours.length} lawatan)`,
    ];
  const matrixRows: KsRow[] = serviceTypes.map((s, n) => {
    const rows = [...services.values()].flat().filter((x) => x.service === s.code);
    const count = (p: (x: KsService) => boolean) => rows.filter(p).length;
    return {
      kind: "item",
      bil: String(n + 1),
      label: s.label,
      cells: [
        count((x) => x.sex === "L"),
        count((x) => x.sex === "P"),
        ...ageBands.map((a) => count((x) => x.ageBand === a)),
        rows.length,
      ],
    };
  });
  matrixRows.push({
    kind: "total",
    bil: "",
    label: "JUMLAH",
    cells: [
      totals.services.L,
      totals.services.P,
      ...ageBands.map((a) => totals.services.age[a]),
      totals.services.total,
    ],
  });

  const frame = kpnFrame(KPN_STATUS_CODE, input, { year, month });
  const final = frame.signature;
  return {
    code: KPN_STATUS_CODE,
    title: KPN_STATUS_TITLE,
    subtitle: [
      "PROGRAM KEMBARA PRIHATIN NEGARA (KPN)",
      `DAERAH: ${input.district.toUpperCase()}`,
      periodLine({ year, month }),
      `STATUS PADA: ${dmy(asOf)}`,
    ],
    classification: null,
    year,
    month,
    asOf,
    district: {
      heading: "RINGKASAN DAERAH MENGIKUT LAWATAN",
      lines: [
        `Lawatan dalam bulan ini: ${tours.length} (dilaksanakan ${byStatus("dilaksanakan")}, dirancang ${byStatus("dirancang")}, ditangguhkan ${byStatus("ditangguhkan")}, dibatalkan ${byStatus("dibatalkan")}); check point: ${totals.checkpoints}.`,
      ],
      figures: figureTables(
        parts.map((p, n) => ({ header: `Lawatan ${n + 1} (${dmy(tours[n]!.date)})`, figures: p.totals })),
        { header: "Jumlah daerah", figures: totals },
        bl,
      ),
      stockHeading: "Stok bakul makanan (semua lawatan)",
      stock: districtStock,
      servicesHeading: "Orang dilayan di kaunter perkhidmatan mengikut jenis, jantina dan umur",
      services: {
        columns: [
          "Bil.",
          "Jenis perkhidmatan",
          "Lelaki",
          "Perempuan",
          ...ageBands.map((a) => AGE_LABEL[a]),
          "Jumlah",
        ],
        rows: matrixRows,
        totalOf: [0, 1],
      },
    },
    toursHeading: "LAMPIRAN: BUTIRAN MENGIKUT LAWATAN DAN CHECK POINT",
    tours: parts,
    totals,
    notes: [
      `Aduan dinilai pada ${dmy(asOf)} mengikut hari bekerja pejabat: diakui dalam ${charter.days.acknowledge} dan diselesaikan dalam ${charter.days.resolve} hari bekerja.`,
      counted.length < tours.length
        ? `Stok dipulangkan dan perbezaan daerah bagi ${counted.length} daripada ${tours.length} lawatan yang telah mengira stok dipulangkan.`
        : "Stok dipulangkan telah dikira bagi semua lawatan.",
    ],
    ...frame,
    signature:
      final.length === 2 ? [final[0], { ...final[1], heading: "Disahkan oleh (Penyelaras Negeri):" }] : final,
  };
}
