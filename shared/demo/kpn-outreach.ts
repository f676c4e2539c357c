// Why: what the demo's finished KPN tour recorded at its checkpoints (people served, complaints, food baskets, welfare
// cases met) and the stock counted back, so the status report shows real figures; deterministic, no randomness.
import { ageBands, agencyServices, defaultComplaintCategories } from "../domain/kpn/codes";
import { complaintCounterKey, formatComplaintNo } from "../domain/kpn/complaints";
import { addDays } from "../domain/dates";
import type {
  BasketInput,
  CheckpointInput,
  ComplaintInput,
  IntakeInput,
  ServiceTallyInput,
  TourInput,
} from "../domain/kpn/records";
import { complaintKeys, intakeKeys, type ComplaintKeys, type IntakeKeys } from "../domain/kpn/list-keys";
import type { RecordMeta } from "../domain/record";

type Row<T> = T & RecordMeta;
export type DemoOutreach = {
  services: Row<ServiceTallyInput>[];
  complaints: Row<ComplaintInput & { refNo: string } & ComplaintKeys>[];
  baskets: Row<BasketInput & { date: string }>[];
  intakes: Row<IntakeInput & IntakeKeys>[];
  counters: { key: string; next: number }[];
  /** The finished tour with the stock its team counted back. */
  tours: Row<TourInput>[];
};

const COMPLAINANTS = [
  [
    "Zainab binti Harun",
    "lewat-tiada-tindakan",
    "Permohonan bantuan warga emas sejak Jun belum mendapat jawapan.",
  ],
  ["Lim Ah Kow", "kemudahan-awam", "Lif blok C rosak lebih dua minggu; warga emas sukar turun naik."],
  [
    "Devi a/p Raman",
    "kualiti-perkhidmatan",
    "Kaunter di pejabat daerah lambat melayan pada waktu tengah hari.",
  ],
] as const;

const RECIPIENTS = [
  ["Rosnah binti Ali", "580312105432"],
  ["Tan Mei Ling", "620708145678"],
  ["Muthu a/l Krishnan", "550101086543"],
  ["Hasnah binti Yaakob", "700415105210"],
] as const;

/**
 * Records of the first finished ("dilaksanakan") tour: 18 people served at its first checkpoint and 12 at the next,
 * three complaints (resolved, acknowledged, never acknowledged), four baskets, two welfare cases waiting for or given
 * a follow-up, and stock counted back one bottle of oil short.
 */
export function generateDemoOutreach(opts: {
  tours: readonly Row<TourInput>[];
  checkpoints: readonly Row<CheckpointInput>[];
  /** Persons the welfare cases met are, with their site. */
  persons: readonly { id: string; siteId: string }[];
  receivedBy: string;
  ids: () => string;
}): DemoOutreach {
  const out: DemoOutreach = {
    services: [],
    complaints: [],
    baskets: [],
    intakes: [],
    counters: [],
    tours: [],
  };
  const tour = opts.tours.find((t) => t.status === "dilaksanakan");
  if (!tour) return out;
  const at = `${tour.date}T04:00:00.000Z`;
  const meta = (): RecordMeta => ({
    id: opts.ids(),
    createdAt: at,
    createdBy: opts.receivedBy,
    updatedAt: at,
    updatedBy: opts.receivedBy,
    rev: 1,
    deletedAt: null,
  });
  const stops = opts.checkpoints.filter((c) => c.tourId === tour.id).sort((a, b) => a.order - b.order);
  stops.forEach((cp, n) => {
    const types = cp.agencyServices.length ? cp.agencyServices : agencyServices;
    for (let i = 0; i < (n === 0 ? 18 : 12); i++)
      out.services.push({
        ...meta(),
        tourId: tour.id,
        checkpointId: cp.id,
        service: types[i % types.length]!,
        sex: i % 3 === 0 ? "L" : "P",
        ageBand: ageBands[(i + n) % ageBands.length]!,
      });
  });
  const first = stops[0];
  const second = stops[1] ?? first;
  if (!first || !second) return out;
  const year = Number(tour.date.slice(0, 4));
  COMPLAINANTS.forEach(([name, category, description], i) => {
    const resolvedDate = i === 0 ? addDays(tour.date, 6) : null;
    out.complaints.push({
      ...meta(),
      tourId: tour.id,
      checkpointId: i < 2 ? first.id : second.id,
      name,
      contact: `012-34${i}5 678${i}`,
      mykad: "",
      category: defaultComplaintCategories.includes(category) ? category : "lain-lain",
      description,
      receivedBy: opts.receivedBy,
      receivedDate: tour.date,
      sensitive: false,
      acknowledgedDate: i < 2 ? addDays(tour.date, 1) : null,
      resolvedDate,
      resolution: i === 0 ? "Permohonan disemak dan bantuan diluluskan." : "",
      refNo: formatComplaintNo(year, i + 1),
      ...complaintKeys({ receivedDate: tour.date, resolvedDate }),
    });
  });
  out.counters.push({ key: complaintCounterKey(year), next: COMPLAINANTS.length + 1 });
  const given = { beras: 0, minyak: 0, tepung: 0, gula: 0 };
  RECIPIENTS.forEach(([recipientName, mykad], i) => {
    const items = { beras: 2, minyak: 1, tepung: i % 2, gula: 1 };
    for (const k of Object.keys(given) as (keyof typeof given)[]) given[k] += items[k];
    out.baskets.push({
      ...meta(),
      tourId: tour.id,
      checkpointId: i < 3 ? first.id : second.id,
      recipientName,
      mykad,
      items,
      overStockReason: "",
      repeatReason: "",
      date: tour.date,
    });
  });
  opts.persons.slice(0, 2).forEach((p, i) => {
    const assignedSiteId = i === 0 ? null : p.siteId;
    out.intakes.push({
      ...meta(),
      tourId: tour.id,
      checkpointId: second.id,
      personId: p.id,
      need:
        i === 0
          ? "Ibu tunggal memerlukan bantuan persekolahan anak."
          : "Warga emas tinggal seorang diri, perlu ziarah.",
      outcome: "susulan",
      caseId: null,
      referralId: null,
      assignedSiteId,
      ...intakeKeys({ outcome: "susulan", assignedSiteId }),
    });
  });
  const loaded = tour.stockLoaded;
  out.tours.push({
    ...tour,
    stockReturned: {
      beras: loaded.beras - given.beras,
      minyak: loaded.minyak - given.minyak - 1,
      tepung: loaded.tepung - given.tepung,
      gula: loaded.gula - given.gula,
    },
  });
  return out;
}
