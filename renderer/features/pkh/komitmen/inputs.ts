// Why: what the verification grid holds per member (the numbers typed for its commitment) and how it becomes the
// month the rules verify: untouched rows are left out, a half-filled one names its missing field.
import type { CommitmentKind, MemberMonth } from "../../../../shared/domain/pkh/commitments";
import type { PkhMemberRecord, PkhVerificationRecord } from "../../../db/pkh-tables";

export type Inputs = {
  schoolDays?: number | string;
  daysPresent?: number | string;
  antenatalChecks?: number | string;
  nifasChecks?: number | string;
  weighings?: number | string;
  atFacility?: boolean;
};
type NumberField = Exclude<keyof Inputs, "atFacility">;

/** The numbers each commitment asks for, in the order shown. */
export const fieldsOf: Record<CommitmentKind, NumberField[]> = {
  sekolah: ["schoolDays", "daysPresent"],
  ibuHamil: ["antenatalChecks"],
  ibuNifas: ["nifasChecks"],
  balita: ["weighings"],
};

const num = (v: number | string | undefined) =>
  typeof v === "number" ? v : v === undefined || v === "" ? null : Number(v);

/** The member's month from the grid: null when nothing was typed, `{ missing }` when a number is still empty. */
export function toMemberMonth(
  kind: CommitmentKind,
  member: Pick<PkhMemberRecord, "expectedDelivery" | "deliveryDate">,
  inputs: Inputs | undefined,
): MemberMonth | { missing: NumberField } | null {
  const values = fieldsOf[kind].map((f) => num(inputs?.[f]));
  if (values.every((v) => v === null)) return null;
  const missing = fieldsOf[kind].find((_, i) => values[i] === null);
  if (missing) return { missing };
  const [a, b] = values as [number, number | undefined];
  switch (kind) {
    case "sekolah":
      return { kind, schoolDays: a, daysPresent: b! };
    case "ibuHamil":
      return { kind, expectedDelivery: member.expectedDelivery!, antenatalChecks: a };
    case "ibuNifas":
      return {
        kind,
        deliveryDate: member.deliveryDate!,
        nifasChecks: a,
        atFacility: inputs?.atFacility ?? true,
      };
    case "balita":
      return { kind, weighings: a };
  }
}

/** The grid's values from the month already saved. */
export function valuesOf(stored: readonly PkhVerificationRecord[]): Record<string, Inputs> {
  return Object.fromEntries(
    stored.map((v) => {
      const { kind: _kind, ...rest } = v.data as MemberMonth & Record<string, unknown>;
      void _kind;
      return [v.memberId, rest as Inputs];
    }),
  );
}
