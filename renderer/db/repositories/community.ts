// Why: repositories for the community work; each validates with the shared schema, keeps to the user's sites and audits.
import type { Actor } from "../../../shared/domain/access";
import {
  actionItemSchema,
  actionPlanSchema,
  contactSchema,
  meetingOrganisationIds,
  meetingSchema,
  needSchema,
  PHOTO_MAX_BYTES,
  PHOTO_MAX_SIDE,
  profileSchema,
  programmeSchema,
  stakeholderSchema,
  type ActionItemInput,
  type ActionPlanInput,
  type ContactInput,
  type MeetingData,
  type NeedInput,
  type ProfileInput,
  type ProgrammeInput,
  type StakeholderInput,
} from "../../../shared/domain/community";
import type { AppDB, PhotoData, ProfileData, ProfileRecord } from "../app-db";
import { ValidationError } from "../errors";
import { Repository, validate } from "./repository";
import { z } from "zod";

const common = { writePermission: "records.write" as const };

export const profilesRepo = (db: AppDB) =>
  new Repository<ProfileData>(db, db.profiles, {
    ...common,
    tableName: "profiles",
    schema: profileSchema.extend({ version: z.number().int().min(1) }),
    label: (p) => `Profil v${p.version} ${p.asOf}`,
    siteOf: (p) => p.siteId,
  });

/** "Save as new version": the old version stays as it was; the new one gets the next number for the site. */
export async function saveProfileVersion(
  db: AppDB,
  actor: Actor,
  input: ProfileInput,
): Promise<ProfileRecord> {
  const data = validate(profileSchema, input);
  return db.transaction("rw", [db.profiles, db.audit, db.users], async () => {
    const versions = await db.profiles
      .where("[siteId+asOf]")
      .between([data.siteId, ""], [data.siteId, "\uffff"])
      .toArray();
    const version = versions.reduce((m, p) => Math.max(m, p.version), 0) + 1;
    return profilesRepo(db).create(actor, { ...data, version });
  });
}

export const stakeholdersRepo = (db: AppDB) =>
  new Repository<StakeholderInput>(db, db.stakeholders, {
    ...common,
    tableName: "stakeholders",
    schema: stakeholderSchema,
    label: (s) => s.name,
    siteOf: (s) => s.siteId,
  });

export const contactsRepo = (db: AppDB) =>
  new Repository<ContactInput>(db, db.contacts, {
    ...common,
    tableName: "contacts",
    schema: contactSchema,
    label: (c) => c.purpose.slice(0, 60),
    siteOf: (c) => c.siteId,
    checkTables: (d) => [d.stakeholders],
    check: async (database, c) => {
      const s = await database.stakeholders.get(c.stakeholderId);
      if (!s || s.deletedAt || s.siteId !== c.siteId)
        throw new ValidationError({ stakeholderId: "v.required" });
    },
  });

/** Directory entries a record names must exist (one deleted since stays named: the recycle bin can bring it back). */
async function checkOrganisations(database: AppDB, ids: readonly string[], field: string): Promise<void> {
  if (!ids.length) return;
  const found = await database.organisations.bulkGet([...ids]);
  if (found.some((o) => !o)) throw new ValidationError({ [field]: "v.organisationGone" });
}

/** What a form gives, with the directory entries its attendees name derived on every save. */
const storedMeetingSchema = meetingSchema.transform((m): MeetingData => ({
  ...m,
  organisationIds: meetingOrganisationIds(m.attendees),
}));

export const meetingsRepo = (db: AppDB) =>
  new Repository<MeetingData>(db, db.meetings, {
    ...common,
    tableName: "meetings",
    schema: storedMeetingSchema as unknown as z.ZodType<MeetingData>,
    label: (m) => `${m.date} ${m.venue}`,
    siteOf: (m) => m.siteId,
    checkTables: (d) => [d.organisations],
    check: (database, m) => checkOrganisations(database, m.organisationIds, "attendees"),
  });

export const actionItemsRepo = (db: AppDB) =>
  new Repository<ActionItemInput>(db, db.actionItems, {
    ...common,
    tableName: "actionItems",
    schema: actionItemSchema,
    label: (a) => a.text.slice(0, 60),
    siteOf: (a) => a.siteId,
    checkTables: (d) => [d.meetings, d.stakeholders],
    check: async (database, a) => {
      const m = await database.meetings.get(a.meetingId);
      if (!m || m.deletedAt || m.siteId !== a.siteId) throw new ValidationError({ meetingId: "v.required" });
      if (a.dueDate < m.date) throw new ValidationError({ dueDate: "v.dueBeforeMeeting" });
      // A stakeholder who owns an item is a live stakeholder of the meeting's own site.
      if (a.ownerKind === "pihak") {
        const s = await database.stakeholders.get(a.ownerId);
        if (!s || s.deletedAt || s.siteId !== a.siteId) throw new ValidationError({ ownerId: "v.required" });
      }
    },
  });

export const needsRepo = (db: AppDB) =>
  new Repository<NeedInput>(db, db.needs, {
    ...common,
    tableName: "needs",
    schema: needSchema,
    label: (n) => n.problem.slice(0, 60),
    siteOf: (n) => n.siteId,
  });

export const actionPlansRepo = (db: AppDB) =>
  new Repository<ActionPlanInput>(db, db.actionPlans, {
    ...common,
    tableName: "actionPlans",
    schema: actionPlanSchema,
    label: (p) => `Rangka tindakan (${p.steps.length} langkah)`,
    siteOf: (p) => p.siteId,
    checkTables: (d) => [d.needs, d.programmes],
    check: async (database, p, id) => {
      const need = await database.needs.get(p.needId);
      if (!need || need.deletedAt || need.siteId !== p.siteId)
        throw new ValidationError({ needId: "v.required" });
      const other = await database.actionPlans
        .where("needId")
        .equals(p.needId)
        .filter((x) => !x.deletedAt && x.id !== id)
        .first();
      if (other) throw new ValidationError({ needId: "v.planExists" });
      for (const pid of p.programmeIds) {
        const prog = await database.programmes.get(pid);
        if (!prog || prog.deletedAt || prog.siteId !== p.siteId)
          throw new ValidationError({ programmeIds: "v.required" });
      }
    },
  });

export const programmesRepo = (db: AppDB) =>
  new Repository<ProgrammeInput>(db, db.programmes, {
    ...common,
    tableName: "programmes",
    schema: programmeSchema as unknown as z.ZodType<ProgrammeInput>,
    label: (p) => p.title,
    siteOf: (p) => p.siteId,
    checkTables: (d) => [d.organisations],
    check: (database, p) => checkOrganisations(database, p.partnerIds, "partnerIds"),
  });

const photoSchema = z.object({
  ownerTable: z.string().min(1),
  ownerId: z.string().min(1),
  siteId: z.string().min(1),
  caption: z.string().trim().max(200, "v.maxLength:200"),
  mime: z.literal("image/jpeg", { error: "v.photoType" }),
  width: z.number().int().min(1).max(PHOTO_MAX_SIDE, "v.photoSize"),
  height: z.number().int().min(1).max(PHOTO_MAX_SIDE, "v.photoSize"),
  size: z.number().int().min(1).max(PHOTO_MAX_BYTES, "v.photoSize"),
  data: z.instanceof(Blob),
});

/** Photos are stored only after downscaling (longest side 1280 px, JPEG); the schema refuses anything else. */
export const photosRepo = (db: AppDB) =>
  new Repository<PhotoData>(db, db.photos, {
    ...common,
    tableName: "photos",
    schema: photoSchema,
    label: (p) => p.caption || "Foto",
    siteOf: (p) => p.siteId,
    redact: ["data"],
  });
