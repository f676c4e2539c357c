// Why: the administrator's edits of the complaint categories, the charter days and the public holidays, saved on the
// office record (audited, rev-checked); a category still used by a complaint is retired, never dropped.
import { z } from "zod";
import type { Actor } from "../../../../shared/domain/access";
import {
  complaintSettingsOf,
  complaintSettingsSchema,
  editCategories,
  holidaysSchema,
} from "../../../../shared/domain/kpn/complaint-settings";
import { defaultComplaintCategories } from "../../../../shared/domain/kpn/codes";
import type { AppDB, OfficeRecord } from "../../app-db";
import { NotFoundError } from "../../errors";
import { patchOffice } from "../office";
import { validate } from "../repository";

const starting: readonly string[] = defaultComplaintCategories;

/** A starting category left as it was has no label (it reads from the i18n files); any other needs one. */
const wantedCategory = z
  .object({ code: z.string().optional(), label: z.string().trim().max(80, "v.maxLength:80") })
  .refine((c) => c.label.length >= 2 || (c.label === "" && starting.includes(c.code ?? "")), {
    message: "v.minLength:2",
    path: ["label"],
  });

export const complaintSettingsInput = z.object({
  categories: z.array(wantedCategory).min(1, "v.kpn.categoryNone"),
  acknowledgeDays: complaintSettingsSchema.shape.acknowledgeDays,
  resolveDays: complaintSettingsSchema.shape.resolveDays,
});
export type ComplaintSettingsInput = z.input<typeof complaintSettingsInput>;

export async function updateComplaintSettings(
  db: AppDB,
  actor: Actor,
  expectedRev: number,
  input: unknown,
): Promise<OfficeRecord> {
  const wanted = validate(complaintSettingsInput, input);
  return db.transaction("rw", [db.office, db.audit, db.users, db.complaints], async () => {
    const office = await db.office.get("office");
    if (!office) throw new NotFoundError();
    // Deleted complaints count too: the recycle bin may bring them back.
    const inUse = new Set<string>();
    await db.complaints.each((c) => void inUse.add(c.category));
    const before = complaintSettingsOf(office);
    const complaints = validate(complaintSettingsSchema, {
      categories: editCategories(before, wanted.categories, inUse),
      acknowledgeDays: wanted.acknowledgeDays,
      resolveDays: wanted.resolveDays,
    });
    return patchOffice(db, actor, expectedRev, { complaints });
  });
}

/** The public holidays the office keeps (yyyy-mm-dd), for working-day deadlines. */
export async function updateHolidays(
  db: AppDB,
  actor: Actor,
  expectedRev: number,
  input: unknown,
): Promise<OfficeRecord> {
  return patchOffice(db, actor, expectedRev, { holidays: validate(holidaysSchema, input) });
}
