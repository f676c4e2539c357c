// Why: the tour form's values (the tour and its checkpoints in order), made from a stored tour or for a new day, and
// every problem they have, computed by the same pure rules the repository enforces.
import { basketItems, DEFAULT_SLOT_MINUTES, type TeamRole } from "../../../../shared/domain/kpn/codes";
import type { TourInput } from "../../../../shared/domain/kpn/records";
import { nextSlot, type TourPlan } from "../../../../shared/domain/kpn/schedule";
import { noQuantities } from "../../../../shared/domain/kpn/stock";
import {
  parseTourInput,
  tourRuleProblems,
  type CheckpointDraft,
} from "../../../../shared/domain/kpn/tour-check";
import type { TeamMember } from "../../../../shared/domain/kpn/team";
import { withoutMeta } from "../../../../shared/domain/record";
import type { TourWithCheckpoints } from "../../../db/repositories/kpn/tours";

export type MemberValues = { userId: string | null; name: string; role: TeamRole | ""; grade: string };
export type CheckpointValues = Required<Omit<CheckpointDraft, "locationType">> & {
  locationType: CheckpointDraft["locationType"] | "";
};
export type TourFormValues = Omit<TourInput, "team" | "stockReturned"> & {
  team: MemberValues[];
  checkpoints: CheckpointValues[];
};

export const emptyMember = (role: TeamRole | "" = ""): MemberValues => ({
  userId: null,
  name: "",
  role,
  grade: "",
});

/** A new checkpoint right after the last one, two hours long, on the tour's day. */
export function newCheckpoint(values: Pick<TourFormValues, "date" | "checkpoints">): CheckpointValues {
  const last = values.checkpoints[values.checkpoints.length - 1];
  const slot = nextSlot(last && last.end ? last : undefined, DEFAULT_SLOT_MINUTES);
  return {
    id: null,
    name: "",
    locationType: "",
    address: "",
    date: values.date,
    ...slot,
    agencyServices: [],
  };
}

export function newTourValues(date: string): TourFormValues {
  return {
    date,
    status: "dirancang",
    statusReason: "",
    team: [emptyMember("ketua"), emptyMember("petugas"), emptyMember("pemandu")],
    leaderOverrideReason: "",
    vehicle: { kind: "ukp", registration: "" },
    partnerIds: [],
    stockLoaded: noQuantities(),
    issues: "",
    checkpoints: [newCheckpoint({ date, checkpoints: [] })],
  };
}

export function tourValues({ tour, checkpoints }: TourWithCheckpoints): TourFormValues {
  const { stockReturned: _returned, ...fields } = withoutMeta(tour);
  return {
    ...fields,
    team: tour.team.map((m) => ({ userId: m.userId ?? null, name: m.name, role: m.role, grade: m.grade })),
    checkpoints: checkpoints.map((c) => ({
      id: c.id,
      name: c.name,
      locationType: c.locationType,
      address: c.address,
      date: c.date,
      start: c.start,
      end: c.end,
      agencyServices: c.agencyServices,
    })),
  };
}

/** The stock fields as numbers (an emptied number field counts as 0). */
function stockOf(values: TourFormValues): TourFormValues["stockLoaded"] {
  const out = noQuantities();
  for (const i of basketItems) out[i] = (values.stockLoaded[i] as unknown) === "" ? 0 : values.stockLoaded[i];
  return out;
}

/** What the repository is given. */
export function toSave(values: TourFormValues): {
  tour: Omit<TourFormValues, "checkpoints">;
  checkpoints: CheckpointValues[];
} {
  const { checkpoints, ...tour } = values;
  return { tour: { ...tour, stockLoaded: stockOf(values) }, checkpoints };
}

/** Rule problems that say something while the form is still being filled (not "too few", "missing"). */
const EARLY = new Set([
  "v.kpn.memberTwice",
  "v.kpn.leaderGrade",
  "v.kpn.outsideTourDay",
  "v.kpn.slotOrder",
  "v.kpn.slotOverlap",
  "v.kpn.teamElsewhere",
]);

/**
 * Problems to show, by field path: every one once a save was tried (`all`), else only the rules worth saying while
 * typing (a clash, an overlap, the leader's grade).
 */
export function formProblems(
  tourId: string | null,
  values: TourFormValues,
  othersOfDay: readonly TourPlan[],
  all: boolean,
): Record<string, string> {
  const { tour, checkpoints } = toSave(values);
  const rules = tourRuleProblems(
    { ...tour, id: tourId, team: tour.team as TeamMember[] },
    checkpoints.map((c) => ({ ...c, name: c.name || "?" })),
    othersOfDay,
  );
  if (!all)
    return Object.fromEntries(Object.entries(rules.fields).filter(([, k]) => EARLY.has(k.split("|")[0]!)));
  const parsed = parseTourInput(tour, checkpoints);
  return { ...rules.fields, ...parsed.fields };
}
