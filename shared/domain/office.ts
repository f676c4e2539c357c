// Why: the office set up at first run; it heads every document and decides the country pack.
import { z } from "zod";
import { countryPacks, languages, regionsOf } from "./codes";
import type { DirectorySettings } from "./directory";
import type { ComplaintSettings } from "./kpn/complaint-settings";
import { emailSchema, phoneSchema, requiredText } from "./validation";
import { joinGrantSchema } from "../exchange/join";
import { MAX_PC_NUMBER } from "../exchange/numbering";
import { pcIdSchema } from "../exchange/version";
import type { PkhSettings } from "./pkh/settings";

export const officeInputSchema = z
  .object({
    /** A Malaysian state (JKM) or an Indonesian province (PKH): checked against the pack below. */
    state: z.string({ error: "v.required" }).trim().min(1, "v.required").max(60, "v.required"),
    district: requiredText(2, 80),
    officeName: requiredText(3, 120),
    address: requiredText(5, 300),
    phone: phoneSchema,
    email: emailSchema,
    countryPack: z.enum(countryPacks, { error: "v.required" }),
    language: z.enum(languages).default("ms"),
    autoLockMinutes: z
      .number({ error: "v.number" })
      .int("v.number")
      .min(1, "v.lockRange")
      .max(120, "v.lockRange"),
  })
  .superRefine((o, ctx) => {
    if (!regionsOf(o.countryPack).includes(o.state))
      ctx.addIssue({ code: "custom", path: ["state"], message: "v.required" });
  });
export type OfficeInput = z.infer<typeof officeInputSchema>;

/**
 * What the official documents need beyond the office lines: who checks and signs them, where the monthly pack is
 * sent. Kept apart from `officeInputSchema` so first-run setup stays short; the Laporan screen names what is missing.
 */
export const reportSettingsSchema = z.object({
  pkmdName: z.string().trim().max(100, "v.maxLength:100"),
  pkmdPost: z.string().trim().max(120, "v.maxLength:120"),
  pkmdEmail: z.union([z.literal(""), z.string().trim().email("v.email").max(254, "v.email")]),
  /** Who confirms the KPN status report for the state (Penyelaras Negeri); absent on older offices. */
  stateCoordinatorName: z.string().trim().max(100, "v.maxLength:100").optional(),
  stateCoordinatorPost: z.string().trim().max(120, "v.maxLength:120").optional(),
});
export type ReportSettings = z.infer<typeof reportSettingsSchema>;

export const DEFAULT_PKMD_POST = "Pegawai Kebajikan Masyarakat Daerah";

/** The office logo for the letterhead, stored as PNG or JPEG bytes with its pixel size. */
export const officeLogoSchema = z.object({
  type: z.enum(["png", "jpeg"]),
  data: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength > 0 && b.byteLength <= 512 * 1024, "v.logoTooLarge"),
  width: z.number().int().min(1).max(2000),
  height: z.number().int().min(1).max(2000),
});
export type OfficeLogo = z.infer<typeof officeLogoSchema>;

/**
 * A PC of the office's exchange (docs/exchange.md): its random id, its number (0: the office's PC, which made the
 * join files), its name on the PKMD desk, the sites it works on ("all" for the district office's PCs), and when it
 * joined (the office's PC: when the office was set up).
 */
export const officePcSchema = z.object({
  id: pcIdSchema,
  number: z.number().int().min(0).max(MAX_PC_NUMBER),
  name: joinGrantSchema.shape.name,
  scopes: joinGrantSchema.shape.scopes,
  joinedAt: z.string().max(40),
});
export type OfficePc = z.infer<typeof officePcSchema>;

export type Office = OfficeInput & {
  /** True while the office runs on the demo data set. */
  demo: boolean;
  /** Absent on offices set up before the documents' settings existed. */
  report?: ReportSettings;
  logo?: OfficeLogo | null;
  /** Complaint categories and client-charter days (KPN); absent: the defaults. */
  complaints?: ComplaintSettings;
  /** Public holidays the office keeps (yyyy-mm-dd), for working-day deadlines. */
  holidays?: string[];
  /** The directory's review period; absent: DEFAULT_REVIEW_MONTHS. */
  directory?: DirectorySettings;
  /** A PKH office's settings (shared/domain/pkh/settings.ts); absent parts are the defaults. */
  pkh?: Partial<PkhSettings>;
  /** The PCs of the office's exchange, in the order they joined; absent before the first join file was made. */
  pcs?: OfficePc[];
};

/** The settings a document needs that are still empty, as i18n label keys, in the order the form shows them. */
export function missingReportSettings(
  office: Pick<Office, "report" | "address" | "phone">,
  opts: { email?: boolean; stateCoordinator?: boolean } = {},
): string[] {
  const out: string[] = [];
  if (!office.address.trim()) out.push("office.address");
  if (!office.phone.trim()) out.push("office.phone");
  if (!office.report?.pkmdName.trim()) out.push("office.pkmdName");
  if (opts.email && !office.report?.pkmdEmail.trim()) out.push("office.pkmdEmail");
  if (opts.stateCoordinator && !office.report?.stateCoordinatorName?.trim())
    out.push("office.stateCoordinatorName");
  return out;
}

export const DEFAULT_STATE_COORDINATOR_POST = "Penyelaras Komuniti Negeri";

/** The state coordinator's post under their signature on the KPN status report. */
export function stateCoordinatorPost(office: Pick<Office, "report">): string {
  return office.report?.stateCoordinatorPost?.trim() || DEFAULT_STATE_COORDINATOR_POST;
}

export const DEFAULT_PKH_COORDINATOR_POST = "Koordinator PKH Kabupaten/Kota";

/** The reviewing officer's post as it appears under the signature (a PKH office's coordinator in Indonesian). */
export function pkmdPost(office: Pick<Office, "report"> & { countryPack?: Office["countryPack"] }): string {
  return (
    office.report?.pkmdPost.trim() ||
    (office.countryPack === "pkh" ? DEFAULT_PKH_COORDINATOR_POST : DEFAULT_PKMD_POST)
  );
}

export const OFFICE_ID = "office";
