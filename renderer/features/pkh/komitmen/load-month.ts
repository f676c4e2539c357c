// Why: what the verification screen reads for a month: the group's (or wilayah's) households and members through
// their indexes, the month already verified, and the year before it for the consequence ladder.
import Dexie from "dexie";
import type { Actor } from "../../../../shared/domain/access";
import { previousMonth } from "../../../../shared/domain/pkh/commitments";
import type { AppDB } from "../../../db/app-db";
import type { PkhHouseholdRecord, PkhMemberRecord, PkhVerificationRecord } from "../../../db/pkh-tables";
import { verificationsBetween } from "../../../db/repositories/pkh/commitments";
import { householdsOfGroup } from "../../../db/repositories/pkh/kpm";
import { shiftMonth } from "../agenda/MonthStepper";

export type MonthView = {
  /** The month read (yyyy-mm). */
  month: string;
  groups: { id: string; name: string }[];
  /** The group shown; null: every KPM of the wilayah. */
  groupId: string | null;
  households: { household: PkhHouseholdRecord; members: PkhMemberRecord[] }[];
  stored: PkhVerificationRecord[];
  /** The 12 months before, for consecutive non-compliance. */
  history: PkhVerificationRecord[];
  /** Changes when what is stored changes (the form starts again from it). */
  stamp: string;
};

export async function loadMonth(
  db: AppDB,
  actor: Actor,
  siteId: string,
  groupParam: string | null,
  month: string,
): Promise<MonthView> {
  const groups = (await db.pkhGroups.where("siteId").equals(siteId).toArray())
    .filter((g) => !g.deletedAt)
    .sort((a, b) => a.name.localeCompare(b.name, "id", { numeric: true }));
  const groupId =
    groupParam === "" ? null : ((groups.find((g) => g.id === groupParam) ?? groups[0])?.id ?? null);
  const households = (
    groupId
      ? await householdsOfGroup(db, siteId, groupId)
      : await db.pkhHouseholds
          .where("[siteId+kpmNo]")
          .between([siteId, Dexie.minKey], [siteId, Dexie.maxKey])
          .filter((h) => !h.deletedAt)
          .toArray()
  ).filter((h) => h.active);
  const members = await db.pkhMembers
    .where("householdId")
    .anyOf(households.map((h) => h.id))
    .toArray();
  const [stored, history] = await Promise.all([
    verificationsBetween(db, actor, siteId, month, month),
    verificationsBetween(db, actor, siteId, shiftMonth(month, -12), previousMonth(month)),
  ]);
  return {
    month,
    groups: groups.map((g) => ({ id: g.id, name: g.name })),
    groupId,
    households: households.map((household) => ({
      household,
      members: members.filter((m) => m.householdId === household.id && !m.deletedAt),
    })),
    stored,
    history,
    stamp: stored.map((v) => `${v.id}:${v.rev}`).join(","),
  };
}
