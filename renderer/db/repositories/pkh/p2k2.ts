// Why: a P2K2 session is written like every record (scope, rev, audit, one transaction) and only when the rules
// hold: a module and session of the curriculum, a group with members, attendance for exactly its roster, CKP for
// those present. The roster is read inside the write, so what is checked is what is stored.
import Dexie from "dexie";
import { z } from "zod";
import type { Actor } from "../../../../shared/domain/access";
import { canSeeSite } from "../../../../shared/domain/access";
import {
  absenteesForFollowUp,
  attendanceEntrySchema,
  attendanceProblems,
  ckpEntrySchema,
  ckpProblems,
  DEFAULT_CKP_ITEMS,
  DEFAULT_P2K2_CURRICULUM,
  p2k2SessionSchema,
  sessionProblems,
  type AttendanceEntry,
  type AttendanceStatus,
  type CkpEntry,
  type CkpItem,
  type P2k2Module,
  type P2k2Problem,
} from "../../../../shared/domain/pkh/p2k2";
import { encodeProblem } from "../../../../shared/domain/kpn/tour-check";
import type { AppDB } from "../../app-db";
import { ValidationError } from "../../errors";
import type { P2k2SessionData, P2k2SessionRecord, PkhHouseholdRecord } from "../../pkh-tables";
import { OFFICE_ID, type Office } from "../../../../shared/domain/office";
import { Repository } from "../repository";

/** What the office's record says of PKH (shared/domain/office.ts `pkh`); absent parts are the defaults. */
type PkhOffice = Pick<Office, "pkh"> | undefined;

/** The office's curriculum: its PKH settings' list once they hold one, the national list until then. */
export function p2k2Curriculum(office: PkhOffice): readonly P2k2Module[] {
  return office?.pkh?.curriculum ?? DEFAULT_P2K2_CURRICULUM;
}

/** The office's CKP items, read the same way. */
export function ckpItems(office: PkhOffice): readonly CkpItem[] {
  return office?.pkh?.ckpItems ?? DEFAULT_CKP_ITEMS;
}

export const p2k2InputSchema = p2k2SessionSchema.extend({
  siteId: z.string().min(1, "v.required"),
  attendance: z.array(attendanceEntrySchema).max(500).default([]),
  ckp: z.array(ckpEntrySchema).max(500).default([]),
});

/** One KPM of a group's roster as the session screens and the Daftar Hadir show it. */
export type RosterEntry = { id: string; kpmNo: string; name: string; desa: string };

function rosterEntry(h: PkhHouseholdRecord): RosterEntry {
  return { id: h.id, kpmNo: h.kpmNo, name: h.headName, desa: h.desa };
}

/** The live households of a group (index [siteId+groupId]), in No. KPM order. */
export async function rosterOf(db: AppDB, siteId: string, groupId: string): Promise<RosterEntry[]> {
  const rows = await db.pkhHouseholds
    .where("[siteId+groupId]")
    .equals([siteId, groupId])
    .filter((h) => !h.deletedAt)
    .toArray();
  return rows.map(rosterEntry).sort((a, b) => a.kpmNo.localeCompare(b.kpmNo, "id", { numeric: true }));
}

function put(fields: Record<string, string>, path: string, p: P2k2Problem): void {
  fields[path] ??= encodeProblem(p.key, p.params);
}

/** The form field each session problem belongs to. */
const FIELD_OF: Record<string, string> = {
  "v.pkh.groupEmpty": "groupId",
  "v.pkh.sessionNumber": "sessionNo",
};

const sameEntries = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function checkSession(db: AppDB, s: P2k2SessionData, id: string | null): Promise<void> {
  const fields: Record<string, string> = {};
  const group = await db.pkhGroups.get(s.groupId);
  if (!group || group.deletedAt || group.siteId !== s.siteId) {
    throw new ValidationError({ groupId: "v.pkh.groupUnknown" });
  }
  const roster = await rosterOf(db, s.siteId, s.groupId);
  const office = await db.office.get(OFFICE_ID);
  const before = id ? await db.p2k2Sessions.get(id) : undefined;
  // A session already held keeps its module and number when the curriculum changes later.
  const curriculum =
    before && before.moduleCode === s.moduleCode && before.sessionNo === s.sessionNo
      ? null
      : p2k2Curriculum(office);
  for (const p of curriculum ? sessionProblems(s, curriculum, roster.length) : []) {
    put(fields, FIELD_OF[p.key] ?? "moduleCode", p);
  }
  if (!curriculum && roster.length === 0 && !before?.attendance.length)
    put(fields, "groupId", { key: "v.pkh.groupEmpty" });
  // Attendance is checked against the roster when it is given or changed (a KPM who left the group later does not
  // make an old session unsaveable).
  const attendanceChanged =
    !before || !sameEntries(before.attendance, s.attendance) || before.groupId !== s.groupId;
  if (s.attendance.length && attendanceChanged) {
    for (const p of attendanceProblems(
      s.attendance,
      roster.map((r) => r.id),
    ))
      put(fields, p.index === undefined ? "attendance" : `attendance.${p.index}`, p);
  }
  if (!before || !sameEntries(before.ckp, s.ckp) || attendanceChanged) {
    for (const p of ckpProblems(s.ckp, s.attendance, ckpItems(office)))
      put(fields, p.index === undefined ? "ckp" : `ckp.${p.index}`, p);
  }
  if (Object.keys(fields).length) throw new ValidationError(fields);
}

class P2k2Repository extends Repository<P2k2SessionData> {
  /** Records attendance and the CKP after the session, both in one save (refused whole if any row is wrong). */
  async recordAttendance(
    actor: Actor,
    id: string,
    expectedRev: number,
    attendance: readonly AttendanceEntry[],
    ckp: readonly CkpEntry[],
  ): Promise<P2k2SessionRecord> {
    const current = await this.get(actor, id);
    const { siteId, moduleCode, sessionNo, date, place, groupId, facilitator } = current;
    return this.update(actor, id, expectedRev, {
      siteId,
      moduleCode,
      sessionNo,
      date,
      place,
      groupId,
      facilitator,
      attendance,
      ckp,
    });
  }
}

export function p2k2Repo(db: AppDB) {
  return new P2k2Repository(db, db.p2k2Sessions, {
    tableName: "p2k2Sessions",
    schema: p2k2InputSchema,
    label: (s) => `P2K2 ${s.moduleCode} ${s.sessionNo} (${s.date})`,
    siteOf: (s) => s.siteId,
    writePermission: "records.write",
    check: checkSession,
    checkTables: (d) => [d.pkhGroups, d.pkhHouseholds, d.office, d.p2k2Sessions],
  });
}

/** The sessions of the user's sites in [from, to] (yyyy-mm-dd), read through `[siteId+date]`, by date. */
export async function sessionsBetween(
  db: AppDB,
  actor: Actor,
  siteIds: readonly string[],
  from: string,
  to: string,
): Promise<P2k2SessionRecord[]> {
  const sites = siteIds.filter((s) => canSeeSite(actor, s));
  const parts = await Promise.all(
    sites.map((s) =>
      db.p2k2Sessions
        .where("[siteId+date]")
        .between([s, from], [s, to], true, true)
        .filter((x) => !x.deletedAt)
        .toArray(),
    ),
  );
  return parts.flat().sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Every session of a wilayah (a KPM's progress counts the sessions it attended, whichever group held them). */
export async function siteSessions(db: AppDB, actor: Actor, siteId: string): Promise<P2k2SessionRecord[]> {
  if (!canSeeSite(actor, siteId)) return [];
  const rows = await db.p2k2Sessions
    .where("[siteId+date]")
    .between([siteId, Dexie.minKey], [siteId, Dexie.maxKey])
    .toArray();
  return rows.filter((s) => !s.deletedAt);
}

/** One absence to follow up: the KPM, the session it missed and why (when said). */
export type FollowUp = {
  session: P2k2SessionRecord;
  kpm: RosterEntry;
  status: AttendanceStatus;
  note: string;
};

/**
 * The absentees of a wilayah's sessions in [from, to], for the pendamping's follow-up (absenteesForFollowUp): alfa
 * first, then izin, then sakit; the latest session first within each.
 */
export async function absenteesBetween(
  db: AppDB,
  actor: Actor,
  siteId: string,
  from: string,
  to: string,
): Promise<FollowUp[]> {
  const sessions = (await sessionsBetween(db, actor, [siteId], from, to)).reverse();
  const entries = absenteesForFollowUp(
    sessions.flatMap((session) => session.attendance.map((a) => ({ ...a, session }))),
  );
  const ids = [...new Set(entries.map((e) => e.kpmId))];
  const households = await db.pkhHouseholds.bulkGet(ids);
  const byId = new Map(households.flatMap((h) => (h ? [[h.id, rosterEntry(h)] as const] : [])));
  return entries.map((e) => ({
    session: e.session,
    kpm: byId.get(e.kpmId) ?? { id: e.kpmId, kpmNo: "", name: e.kpmId, desa: "" },
    status: e.status,
    note: e.note,
  }));
}
