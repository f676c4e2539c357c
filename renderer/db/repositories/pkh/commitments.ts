// Why: a month's commitment verification of a wilayah's members is saved whole or not at all (one record per member
// and month, the same id on every PC, one audit row for the batch), and read back a month at a time through
// `[siteId+month]`, with the household's earlier non-compliant months for the consequence ladder.
import type { Actor } from "../../../../shared/domain/access";
import { canSeeSite } from "../../../../shared/domain/access";
import { todayIn } from "../../../../shared/domain/dates";
import {
  commitmentRecordSchema,
  commitmentRulesOn,
  monthEnd,
  monthSchema,
  verificationId,
  verifyMemberMonth,
  type CommitmentRules,
  type MemberMonth,
} from "../../../../shared/domain/pkh/commitments";
import type { AppDB } from "../../app-db";
import { AccessError, ValidationError } from "../../errors";
import type { PkhVerificationRecord } from "../../pkh-tables";
import { appendAudit, requirePermission, stampFixed } from "../repository";

export type MonthEntry = { householdId: string; memberId: string; data: MemberMonth };

/**
 * Saves the verified month of the given members of a wilayah. Every entry is checked first; a problem is named
 * `{memberId}.{field}` and nothing is written. A month after the current one is refused.
 */
export async function saveMonth(
  db: AppDB,
  actor: Actor,
  siteId: string,
  month: string,
  entries: readonly MonthEntry[],
  today = todayIn(),
): Promise<PkhVerificationRecord[]> {
  requirePermission(actor, "records.write");
  if (!canSeeSite(actor, siteId)) throw new AccessError();
  if (!monthSchema.safeParse(month).success) throw new ValidationError({ month: "v.pkh.month" });
  if (month > today.slice(0, 7)) throw new ValidationError({ month: "v.pkh.monthFuture" });
  const fields: Record<string, string> = {};
  const parsed = entries.map((e) => {
    const r = commitmentRecordSchema.safeParse({ ...e, month });
    if (!r.success)
      for (const i of r.error.issues) fields[`${e.memberId}.${i.path.slice(1).join(".")}`] ??= i.message;
    return r.success ? r.data : null;
  });
  if (Object.keys(fields).length) throw new ValidationError(fields);
  return db.transaction("rw", [db.pkhMembers, db.pkhVerifications, db.audit], async () => {
    const members = await db.pkhMembers.bulkGet(entries.map((e) => e.memberId));
    members.forEach((m, i) => {
      const e = entries[i]!;
      if (!m || m.deletedAt || m.siteId !== siteId || m.householdId !== e.householdId)
        fields[`${e.memberId}.memberId`] = "v.pkh.notMember";
    });
    if (Object.keys(fields).length) throw new ValidationError(fields);
    const ids = entries.map((e) => verificationId(e.memberId, month));
    const held = await db.pkhVerifications.bulkGet(ids);
    const now = new Date();
    const records: PkhVerificationRecord[] = parsed.map((data, i) =>
      stampFixed(actor, { ...data!, siteId }, ids[i]!, held[i], now),
    );
    await db.pkhVerifications.bulkPut(records);
    if (records.length)
      await appendAudit(
        db,
        actor,
        {
          action: "update",
          table: "pkhVerifications",
          recordId: records[0]!.id,
          label: `Verifikasi ${month}: ${records.length} anggota`,
          before: null,
          after: { month, ids },
        },
        now,
      );
    return records;
  });
}

/** A wilayah's verified members in `from`..`to` (yyyy-mm, inclusive). */
export async function verificationsBetween(
  db: AppDB,
  actor: Actor,
  siteId: string,
  from: string,
  to: string,
): Promise<PkhVerificationRecord[]> {
  if (!canSeeSite(actor, siteId)) throw new AccessError();
  const rows = await db.pkhVerifications
    .where("[siteId+month]")
    .between([siteId, from], [siteId, to], true, true)
    .toArray();
  return rows.filter((v) => !v.deletedAt);
}

/** Per household, the months (of those given) in which a member was not compliant under the rules then in force. */
export function nonCompliantMonths(
  rows: readonly Pick<PkhVerificationRecord, "householdId" | "month" | "data">[],
  rules: readonly CommitmentRules[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const v of rows) {
    const r = commitmentRulesOn(rules, monthEnd(v.month));
    if (!r || verifyMemberMonth(v.data, v.month, r).status !== "nonCompliant") continue;
    const set = out.get(v.householdId) ?? new Set<string>();
    set.add(v.month);
    out.set(v.householdId, set);
  }
  return out;
}
