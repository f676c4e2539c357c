// Why: what a Kembara Prihatin Negara checkpoint, tour or district month counts (services, complaints, baskets,
// welfare cases, agency services), computed once from the records, so every copy of the status report agrees.
import { addDays } from "../../../domain/dates";
import { ageBands, agencyServices, basketItems, type AgeBand } from "../../../domain/kpn/codes";
import { complaintState, type CharterDays } from "../../../domain/kpn/complaints";
import { noQuantities, type Quantities } from "../../../domain/kpn/stock";
import type { OfficeCalendar } from "../../../domain/working-days";

export type AgencyService = (typeof agencyServices)[number];

/* Input: plain records; the renderer's stored records satisfy these shapes as they are. */
export type KsService = {
  id: string;
  tourId: string;
  checkpointId: string;
  service: string;
  sex: "L" | "P";
  ageBand: AgeBand;
  deletedAt: string | null;
};
export type KsComplaint = {
  id: string;
  refNo: string;
  tourId: string;
  checkpointId: string;
  receivedDate: string;
  acknowledgedDate: string | null;
  resolvedDate: string | null;
  deletedAt: string | null;
};
export type KsBasket = {
  id: string;
  tourId: string;
  checkpointId: string;
  items: Quantities;
  overStockReason: string;
  deletedAt: string | null;
};
export type KsIntake = {
  id: string;
  tourId: string;
  checkpointId: string;
  outcome: "kes" | "rujukan" | "susulan";
  assignedSiteId: string | null;
  deletedAt: string | null;
};

/** Everything one checkpoint, tour or month counts. */
export type KpnFigures = {
  services: {
    total: number;
    L: number;
    P: number;
    age: Record<AgeBand, number>;
    byType: Record<string, number>;
  };
  complaints: {
    received: number;
    ackInTime: number;
    resolved: number;
    resolvedInTime: number;
    overdue: number;
  };
  baskets: { given: number; items: Quantities };
  intakes: { met: number; kes: number; rujukan: number; susulanAssigned: number; susulanWaiting: number };
  /** Checkpoints at which each KPWKM agency service was given (planned there, or someone served under it). */
  agency: Record<AgencyService, number>;
  /** Checkpoints counted. */
  checkpoints: number;
};

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptyFigures(): KpnFigures {
  return {
    services: { total: 0, L: 0, P: 0, age: zeros(ageBands), byType: {} },
    complaints: { received: 0, ackInTime: 0, resolved: 0, resolvedInTime: 0, overdue: 0 },
    baskets: { given: 0, items: noQuantities() },
    intakes: { met: 0, kes: 0, rujukan: 0, susulanAssigned: 0, susulanWaiting: 0 },
    agency: zeros(agencyServices),
    checkpoints: 0,
  };
}

/** The sum of several units' figures (a tour from its checkpoints, the month from its tours). */
export function addFigures(all: readonly KpnFigures[]): KpnFigures {
  const out = emptyFigures();
  for (const f of all) {
    out.services.total += f.services.total;
    out.services.L += f.services.L;
    out.services.P += f.services.P;
    for (const a of ageBands) out.services.age[a] += f.services.age[a];
    for (const [k, n] of Object.entries(f.services.byType))
      out.services.byType[k] = (out.services.byType[k] ?? 0) + n;
    for (const k of Object.keys(out.complaints) as (keyof KpnFigures["complaints"])[])
      out.complaints[k] += f.complaints[k];
    out.baskets.given += f.baskets.given;
    for (const i of basketItems) out.baskets.items[i] += f.baskets.items[i];
    for (const k of Object.keys(out.intakes) as (keyof KpnFigures["intakes"])[])
      out.intakes[k] += f.intakes[k];
    for (const a of agencyServices) out.agency[a] += f.agency[a];
    out.checkpoints += f.checkpoints;
  }
  return out;
}

export type Charter = { calendar: OfficeCalendar; days: CharterDays; asOf: string };

/** A step done after the day the report is taken is not done yet on that day. */
const doneBy = (date: string | null, asOf: string) => (date && date <= asOf ? date : null);

/** A complaint as the report sees it on `asOf`: acknowledged in time, resolved (in time), or overdue. */
export function complaintFigures(c: KsComplaint, charter: Charter) {
  const s = complaintState(
    {
      receivedDate: c.receivedDate,
      acknowledgedDate: doneBy(c.acknowledgedDate, charter.asOf),
      resolvedDate: doneBy(c.resolvedDate, charter.asOf),
    },
    charter.asOf,
    charter.calendar,
    charter.days,
  );
  return {
    ackInTime: s.acknowledge === "inTime",
    resolved: s.resolve === "inTime" || s.resolve === "late",
    resolvedInTime: s.resolve === "inTime",
    overdue: s.overdue,
    resolveBy: s.resolveBy,
  };
}

export type CheckpointRecords = {
  agencyServices: readonly string[];
  services: readonly KsService[];
  complaints: readonly KsComplaint[];
  baskets: readonly KsBasket[];
  intakes: readonly KsIntake[];
};

/** One checkpoint's figures from its own live records. */
export function checkpointFigures(r: CheckpointRecords, charter: Charter): KpnFigures {
  const f = emptyFigures();
  f.checkpoints = 1;
  for (const s of r.services) {
    f.services.total += 1;
    f.services[s.sex] += 1;
    f.services.age[s.ageBand] += 1;
    f.services.byType[s.service] = (f.services.byType[s.service] ?? 0) + 1;
  }
  for (const c of r.complaints) {
    const x = complaintFigures(c, charter);
    f.complaints.received += 1;
    if (x.ackInTime) f.complaints.ackInTime += 1;
    if (x.resolved) f.complaints.resolved += 1;
    if (x.resolvedInTime) f.complaints.resolvedInTime += 1;
    if (x.overdue) f.complaints.overdue += 1;
  }
  for (const b of r.baskets) {
    f.baskets.given += 1;
    for (const i of basketItems) f.baskets.items[i] += b.items[i];
  }
  for (const i of r.intakes) {
    f.intakes.met += 1;
    if (i.outcome === "kes") f.intakes.kes += 1;
    else if (i.outcome === "rujukan") f.intakes.rujukan += 1;
    else if (i.assignedSiteId) f.intakes.susulanAssigned += 1;
    else f.intakes.susulanWaiting += 1;
  }
  // Given at the checkpoint: planned for it, or someone was served under it there (the counter offers every agency
  // service at a checkpoint that lists none).
  for (const a of agencyServices)
    if (r.agencyServices.includes(a) || (f.services.byType[a] ?? 0) > 0) f.agency[a] = 1;
  return f;
}

/** Last day (yyyy-mm-dd) of a month. */
export function monthEnd(year: number, month: number): string {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
  return addDays(next, -1);
}
