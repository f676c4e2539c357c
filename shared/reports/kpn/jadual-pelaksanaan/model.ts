// Why: Jadual Pelaksanaan Kembara Prihatin Negara (FORMATS.md): a month's tours of the district, one row per
// checkpoint in time order, each tour's particulars on its first row; computed once for the screen and both writers.
import { weekOfMonth } from "../../../domain/kpn/roadmap";
import { dmy, periodLine } from "../../frame/text";
import { kpnFrame, type KpnFrame, type KpnFrameInput } from "../frame";
import { LOCATION_LABEL, ROLE_LABEL, STATUS_LABEL, weekdayName } from "../status-pelaksanaan/wording";

export const JADUAL_CODE = "jadual-pelaksanaan-kpn";
export const JADUAL_TITLE = "JADUAL PELAKSANAAN KEMBARA PRIHATIN NEGARA";
export const JADUAL_COLUMNS = [
  "Bil.",
  "Minggu",
  "Tarikh",
  "Masa",
  "Daerah",
  "Check point",
  "Jenis lokasi",
  "Pasukan (ketua + ahli)",
  "Kenderaan",
  "Rakan korporat / agensi",
  "Status",
] as const;

/* Input: plain records; the stored tours and checkpoints satisfy these shapes as they are. */
export type JpTour = {
  id: string;
  date: string;
  status: string;
  statusReason: string;
  team: readonly { name: string; role: string; grade?: string }[];
  vehicle: { kind: "ukp" | "lain"; registration: string };
  partnerIds: readonly string[];
  deletedAt: string | null;
};
export type JpCheckpoint = {
  id: string;
  tourId: string;
  order: number;
  name: string;
  locationType: string;
  address: string;
  start: string;
  end: string;
  deletedAt: string | null;
};

export type JadualInput = KpnFrameInput & {
  year: number;
  month: number;
  tours: readonly JpTour[];
  checkpoints: readonly JpCheckpoint[];
  organisations: readonly { id: string; name: string }[];
};

/** One checkpoint; the tour's own cells are filled on its first checkpoint only (null after). */
export type JadualRow = {
  tourId: string;
  /** The tour's number on its first row. */
  bil: number | null;
  week: string | null;
  date: string | null;
  time: string;
  district: string | null;
  checkpoint: string;
  locationType: string;
  team: string | null;
  vehicle: string | null;
  partners: string | null;
  status: string | null;
  /** The last row of its tour (a tour is kept on one page). */
  lastOfTour: boolean;
};

export type JadualModel = KpnFrame & {
  code: typeof JADUAL_CODE;
  title: string;
  classification: null;
  year: number;
  month: number;
  subtitle: string[];
  columns: string[];
  rows: JadualRow[];
  totals: { tours: number; checkpoints: number; byStatus: Record<string, number> };
  notes: string[];
};

/** "Nama (Ketua Pasukan, S32); Nama (S29); Nama (Pemandu)": the leader first, then the team as listed. */
export function teamText(team: JpTour["team"]): string {
  const leaderFirst = [...team].sort((a, b) => Number(b.role === "ketua") - Number(a.role === "ketua"));
  return leaderFirst
    .map((m) => {
      const parts = [
        m.role === "ketua" || m.role === "pemandu" ? ROLE_LABEL[m.role] : "",
        m.grade ?? "",
      ].filter(Boolean);
      return parts.length ? `${m.name} (${parts.join(", ")})` : m.name;
    })
    .join("; ");
}

/**
 * The roadmap of `year`/`month`: live tours of the month by date (then by first start time), each with its live
 * checkpoints in order. A tour without checkpoints still gets one row. Postponed and cancelled tours stay listed with
 * their status and reason.
 */
export function jadualModel(input: JadualInput): JadualModel {
  const prefix = `${input.year}-${String(input.month).padStart(2, "0")}-`;
  const orgName = new Map(input.organisations.map((o) => [o.id, o.name]));
  const byTour = new Map<string, JpCheckpoint[]>();
  for (const c of input.checkpoints) {
    if (c.deletedAt) continue;
    byTour.set(c.tourId, [...(byTour.get(c.tourId) ?? []), c]);
  }
  for (const list of byTour.values()) list.sort((a, b) => a.order - b.order);
  const tours = input.tours
    .filter((t) => !t.deletedAt && t.date.startsWith(prefix))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (byTour.get(a.id)?.[0]?.start ?? "").localeCompare(byTour.get(b.id)?.[0]?.start ?? "") ||
        a.id.localeCompare(b.id),
    );
  const rows: JadualRow[] = [];
  const byStatus: Record<string, number> = {};
  tours.forEach((t, n) => {
    byStatus[t.status] = (byStatus[t.status] ?? 0) + 1;
    const cps = byTour.get(t.id) ?? [];
    const status = STATUS_LABEL[t.status] ?? t.status;
    const first = {
      bil: n + 1,
      week: `Minggu ${weekOfMonth(t.date)}`,
      date: `${dmy(t.date)} (${weekdayName(t.date)})`,
      district: input.district,
      team: teamText(t.team),
      vehicle: [t.vehicle.kind === "ukp" ? "UKP" : "Kenderaan lain", t.vehicle.registration]
        .filter(Boolean)
        .join(" "),
      partners:
        t.partnerIds
          .map((id) => orgName.get(id) ?? "")
          .filter(Boolean)
          .join("; ") || "-",
      status:
        t.statusReason && t.status !== "dirancang" && t.status !== "dilaksanakan"
          ? `${status}: ${t.statusReason}`
          : status,
    };
    const none = {
      bil: null,
      week: null,
      date: null,
      district: null,
      team: null,
      vehicle: null,
      partners: null,
      status: null,
    };
    const stops = cps.length ? cps : [null];
    stops.forEach((c, i) =>
      rows.push({
        tourId: t.id,
        ...(i === 0 ? first : none),
        time: c ? `${c.start} - ${c.end}` : "-",
        checkpoint: c ? [c.name, c.address].filter(Boolean).join(", ") : "-",
        locationType: c ? (LOCATION_LABEL[c.locationType] ?? c.locationType) : "-",
        lastOfTour: i === stops.length - 1,
      }),
    );
  });
  const checkpoints = tours.reduce((sum, t) => sum + (byTour.get(t.id)?.length ?? 0), 0);
  const statusCounts = Object.entries(STATUS_LABEL)
    .map(([code, label]) => `${label.toLowerCase()} ${byStatus[code] ?? 0}`)
    .join(", ");
  const period = { year: input.year, month: input.month };
  return {
    code: JADUAL_CODE,
    title: JADUAL_TITLE,
    classification: null,
    year: input.year,
    month: input.month,
    subtitle: [`DAERAH: ${input.district.toUpperCase()}`, periodLine(period)],
    columns: [...JADUAL_COLUMNS],
    rows,
    totals: { tours: tours.length, checkpoints, byStatus },
    notes: [`Jumlah jelajah: ${tours.length} (${statusCounts}); jumlah check point: ${checkpoints}.`],
    ...kpnFrame(JADUAL_CODE, input, period),
  };
}

/** A row's cells in column order, as both writers and the screen lay them out. */
export function jadualCells(r: JadualRow): (string | number | null)[] {
  return [
    r.bil,
    r.week,
    r.date,
    r.time,
    r.district,
    r.checkpoint,
    r.locationType,
    r.team,
    r.vehicle,
    r.partners,
    r.status,
  ];
}
