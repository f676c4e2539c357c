// Why: the complaint categories, the client-charter days and the office's public holidays are office settings the
// administrator edits; a category used by a stored complaint is retired (hidden from new ones), never dropped, so old
// complaints keep their label.
import { z } from "zod";
import { isValidIsoDate } from "../dates";
import { weekendOf, type OfficeCalendar } from "../working-days";
import { defaultCharterDays, type CharterDays } from "./complaints";
import { defaultComplaintCategories } from "./codes";

export const complaintCategorySchema = z.object({
  /** Stable key stored on each complaint (a slug of the first label). */
  code: z.string().regex(/^[a-z0-9-]{1,60}$/, "v.kpn.categoryCode"),
  /** The administrator's wording; empty for a starting category, whose label comes from the i18n files. */
  label: z.string().trim().max(80, "v.maxLength:80"),
  /** False once removed while complaints still use it: offered no more, still named on them. */
  active: z.boolean(),
});
export type ComplaintCategory = z.infer<typeof complaintCategorySchema>;

const charterDay = z
  .number({ error: "v.number" })
  .int("v.number")
  .min(1, "v.kpn.charterDays")
  .max(60, "v.kpn.charterDays");

export const complaintSettingsSchema = z
  .object({
    categories: z.array(complaintCategorySchema).max(60),
    acknowledgeDays: charterDay,
    resolveDays: charterDay,
  })
  .superRefine((s, ctx) => {
    if (!s.categories.some((c) => c.active))
      ctx.addIssue({ code: "custom", path: ["categories"], message: "v.kpn.categoryNone" });
    const codes = s.categories.map((c) => c.code);
    if (new Set(codes).size !== codes.length)
      ctx.addIssue({ code: "custom", path: ["categories"], message: "v.kpn.categoryTwice" });
    if (s.resolveDays < s.acknowledgeDays)
      ctx.addIssue({ code: "custom", path: ["resolveDays"], message: "v.kpn.resolveBeforeAck" });
  });
export type ComplaintSettings = z.infer<typeof complaintSettingsSchema>;

/** Public holidays the office keeps (yyyy-mm-dd), sorted, each once. */
export const holidaysSchema = z
  .array(z.string().refine(isValidIsoDate, "v.date"))
  .max(400)
  .transform((days) => [...new Set(days)].sort());

export const defaultComplaintSettings: ComplaintSettings = {
  categories: defaultComplaintCategories.map((code) => ({ code, label: "", active: true })),
  acknowledgeDays: defaultCharterDays.acknowledge,
  resolveDays: defaultCharterDays.resolve,
};

/** What an office record holds of these settings (absent on offices set up before them). */
export type ComplaintSettingsSource = {
  state: string;
  complaints?: ComplaintSettings;
  holidays?: readonly string[];
};

export function complaintSettingsOf(office: ComplaintSettingsSource): ComplaintSettings {
  return office.complaints ?? defaultComplaintSettings;
}

export function charterDaysOf(office: ComplaintSettingsSource): CharterDays {
  const s = complaintSettingsOf(office);
  return { acknowledge: s.acknowledgeDays, resolve: s.resolveDays };
}

/** The office's working calendar: its state's weekend and the holidays entered in Tetapan. */
export function officeCalendar(office: ComplaintSettingsSource): OfficeCalendar {
  return { weekend: weekendOf(office.state), holidays: office.holidays ?? [] };
}

/** Categories a new complaint may take. */
export function activeCategories(s: ComplaintSettings): ComplaintCategory[] {
  return s.categories.filter((c) => c.active);
}

/** A code for a new category, from its label, not clashing with any kept one. */
export function categoryCode(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50) || "kategori";
  let code = base;
  for (let n = 2; taken.includes(code); n++) code = `${base}-${n}`;
  return code;
}

/**
 * The settings after the administrator's edit of the category list (`wanted`: the categories to offer, in order).
 * A category no longer wanted but used by a stored complaint (`inUse`) stays, retired, after the wanted ones.
 */
export function editCategories(
  before: Pick<ComplaintSettings, "categories">,
  wanted: readonly { code?: string; label: string }[],
  inUse: ReadonlySet<string>,
): ComplaintCategory[] {
  const kept = new Set<string>();
  const taken = before.categories.map((c) => c.code);
  const out: ComplaintCategory[] = wanted.map((w) => {
    const code = w.code && taken.includes(w.code) ? w.code : categoryCode(w.label, [...taken, ...kept]);
    kept.add(code);
    return { code, label: w.label.trim(), active: true };
  });
  for (const c of before.categories)
    if (!kept.has(c.code) && inUse.has(c.code)) out.push({ ...c, active: false });
  return out;
}
