// Why: P2K2 group sessions follow an editable curriculum; a session needs a group with members, attendance covers exactly the group's roster, and each KPM's progress through the modules is counted from the sessions attended.
import { z } from "zod";
import { isValidIsoDate } from "../dates";

const isoDate = z.string().refine(isValidIsoDate, "v.date");
const code = z.string().regex(/^[a-z0-9-]{1,60}$/, "v.pkh.code");

/** One module of the curriculum: its official Indonesian name is data (an administrator may edit the list). */
export const p2k2ModuleSchema = z.object({
  code,
  name: z.string().trim().min(1, "v.required").max(120, "v.maxLength:120"),
  sessions: z
    .number({ error: "v.number" })
    .int("v.number")
    .min(1, "v.pkh.moduleSessions")
    .max(20, "v.pkh.moduleSessions"),
  /** False once retired: offered no more for new sessions, still named on old ones. */
  active: z.boolean(),
});
export type P2k2Module = z.infer<typeof p2k2ModuleSchema>;

export const p2k2CurriculumSchema = z
  .array(p2k2ModuleSchema)
  .min(1, "v.pkh.curriculumEmpty")
  .max(60)
  .superRefine((mods, ctx) => {
    const codes = mods.map((m) => m.code);
    if (new Set(codes).size !== codes.length) ctx.addIssue({ code: "custom", message: "v.pkh.moduleTwice" });
  });

/**
 * The national P2K2 curriculum (DOMAIN.md). The seeds give no session count for Pencegahan Stunting: 1 session here,
 * editable like the rest.
 */
export const DEFAULT_P2K2_CURRICULUM: readonly P2k2Module[] = [
  { code: "pengasuhan", name: "Pengasuhan dan Pendidikan Anak", sessions: 4, active: true },
  { code: "keuangan", name: "Pengelolaan Keuangan dan Perencanaan Usaha", sessions: 3, active: true },
  { code: "kesehatan", name: "Kesehatan dan Gizi", sessions: 3, active: true },
  { code: "perlindungan", name: "Perlindungan Anak", sessions: 2, active: true },
  {
    code: "kesejahteraan",
    name: "Kesejahteraan Sosial (disabilitas, lanjut usia)",
    sessions: 2,
    active: true,
  },
  { code: "stunting", name: "Pencegahan Stunting", sessions: 1, active: true },
];

export const p2k2SessionSchema = z.object({
  moduleCode: code,
  sessionNo: z.number({ error: "v.number" }).int("v.number").min(1, "v.pkh.sessionNumber"),
  date: isoDate,
  place: z.string().trim().min(1, "v.required").max(200, "v.maxLength:200"),
  groupId: z.string().min(1, "v.required"),
  facilitator: z.string().trim().min(1, "v.required").max(120, "v.maxLength:120"),
});
export type P2k2Session = z.infer<typeof p2k2SessionSchema>;

/** A problem as an i18n key; `index` points at one attendance row when one is meant. */
export type P2k2Problem = { key: string; index?: number; params?: Record<string, string | number> };

/** What else a valid-looking session needs: a known, active module, a session number within it, and group members. */
export function sessionProblems(
  session: Pick<P2k2Session, "moduleCode" | "sessionNo">,
  curriculum: readonly P2k2Module[],
  rosterSize: number,
): P2k2Problem[] {
  const problems: P2k2Problem[] = [];
  const mod = curriculum.find((m) => m.code === session.moduleCode);
  if (!mod || !mod.active) problems.push({ key: "v.pkh.moduleUnknown" });
  else if (session.sessionNo > mod.sessions)
    problems.push({ key: "v.pkh.sessionNumber", params: { max: mod.sessions } });
  if (rosterSize <= 0) problems.push({ key: "v.pkh.groupEmpty" });
  return problems;
}

export const attendanceStatuses = ["hadir", "sakit", "izin", "alfa"] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** One KPM's attendance at one session (the KPM is the household, represented by its mother or caretaker). */
export const attendanceEntrySchema = z.object({
  kpmId: z.string().min(1, "v.required"),
  status: z.enum(attendanceStatuses, { error: "v.pkh.attendanceStatus" }),
  note: z.string().trim().max(300, "v.maxLength:300").default(""),
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;

/** Attendance must name every KPM on the group's roster once, and nobody else. */
export function attendanceProblems(
  entries: readonly Pick<AttendanceEntry, "kpmId">[],
  roster: readonly string[],
): P2k2Problem[] {
  const problems: P2k2Problem[] = [];
  const onRoster = new Set(roster);
  const seen = new Set<string>();
  entries.forEach((e, index) => {
    if (!onRoster.has(e.kpmId)) problems.push({ key: "v.pkh.notOnRoster", index });
    else if (seen.has(e.kpmId)) problems.push({ key: "v.pkh.attendanceTwice", index });
    seen.add(e.kpmId);
  });
  const missing = roster.filter((id) => !seen.has(id)).length;
  if (missing > 0) problems.push({ key: "v.pkh.attendanceMissing", params: { count: missing } });
  return problems;
}

/** Follow-up order: an unexcused absence (alfa) first, then izin, then sakit; roster order within each. */
const followUpRank: Record<AttendanceStatus, number> = { alfa: 0, izin: 1, sakit: 2, hadir: 3 };

/** The KPM who did not attend, for the facilitator's follow-up. */
export function absenteesForFollowUp<T extends Pick<AttendanceEntry, "kpmId" | "status">>(
  entries: readonly T[],
): T[] {
  return entries
    .map((e, i) => ({ e, i }))
    .filter((x) => x.e.status !== "hadir")
    .sort((a, b) => followUpRank[a.e.status] - followUpRank[b.e.status] || a.i - b.i)
    .map((x) => x.e);
}

/** A CKP item (check list kegiatan peserta): what a participant is checked for; labels come from the i18n files. */
export const ckpItemSchema = z.object({
  code,
  /** The administrator's wording; empty for a starting item, whose label comes from the i18n files. */
  label: z.string().trim().max(120, "v.maxLength:120"),
  active: z.boolean(),
});
export type CkpItem = z.infer<typeof ckpItemSchema>;

/**
 * Starting CKP items. The seeds and FORMATS.md only name the CKP as an attachment of the report; these four are this
 * app's model (editable): took part actively, understood the material, did the home task, applied the last session.
 */
export const DEFAULT_CKP_ITEMS: readonly CkpItem[] = [
  { code: "aktif", label: "", active: true },
  { code: "paham-materi", label: "", active: true },
  { code: "tugas-rumah", label: "", active: true },
  { code: "praktik", label: "", active: true },
];

/** One participant's CKP at one session: the items checked and a note. */
export const ckpEntrySchema = z.object({
  kpmId: z.string().min(1, "v.required"),
  checked: z.array(code).max(60),
  note: z.string().trim().max(300, "v.maxLength:300").default(""),
});
export type CkpEntry = z.infer<typeof ckpEntrySchema>;

/** A CKP is kept for KPM who attended, once each, with known items only. */
export function ckpProblems(
  entries: readonly Pick<CkpEntry, "kpmId" | "checked">[],
  attendance: readonly Pick<AttendanceEntry, "kpmId" | "status">[],
  items: readonly CkpItem[],
): P2k2Problem[] {
  const present = new Set(attendance.filter((a) => a.status === "hadir").map((a) => a.kpmId));
  const known = new Set(items.map((i) => i.code));
  const seen = new Set<string>();
  const problems: P2k2Problem[] = [];
  entries.forEach((e, index) => {
    if (!present.has(e.kpmId)) problems.push({ key: "v.pkh.ckpNotPresent", index });
    else if (seen.has(e.kpmId)) problems.push({ key: "v.pkh.ckpTwice", index });
    else if (e.checked.some((c) => !known.has(c))) problems.push({ key: "v.pkh.ckpItemUnknown", index });
    seen.add(e.kpmId);
  });
  return problems;
}

export type ModuleProgress = { moduleCode: string; attended: number[]; sessions: number; complete: boolean };

/** A session as progress needs it: which module and session, and who was there. */
export type HeldSession = {
  moduleCode: string;
  sessionNo: number;
  attendance: readonly Pick<AttendanceEntry, "kpmId" | "status">[];
};

/**
 * Each KPM's progress through the curriculum: the distinct session numbers of each module it attended (hadir) and
 * whether the module is complete. Sessions of modules no longer in the curriculum are ignored.
 */
export function progressByKpm(
  sessions: readonly HeldSession[],
  curriculum: readonly P2k2Module[],
): Map<string, ModuleProgress[]> {
  const attended = new Map<string, Map<string, Set<number>>>();
  const sizes = new Map(curriculum.map((m) => [m.code, m.sessions]));
  for (const s of sessions) {
    const size = sizes.get(s.moduleCode);
    if (size === undefined || s.sessionNo > size) continue;
    for (const a of s.attendance) {
      if (a.status !== "hadir") continue;
      let byModule = attended.get(a.kpmId);
      if (!byModule) attended.set(a.kpmId, (byModule = new Map()));
      let nos = byModule.get(s.moduleCode);
      if (!nos) byModule.set(s.moduleCode, (nos = new Set()));
      nos.add(s.sessionNo);
    }
  }
  const out = new Map<string, ModuleProgress[]>();
  for (const [kpmId, byModule] of attended)
    out.set(
      kpmId,
      curriculum.map((m) => {
        const nos = [...(byModule.get(m.code) ?? [])].sort((a, b) => a - b);
        return {
          moduleCode: m.code,
          attended: nos,
          sessions: m.sessions,
          complete: nos.length >= m.sessions,
        };
      }),
    );
  return out;
}
