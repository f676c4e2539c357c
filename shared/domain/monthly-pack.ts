// Why: the monthly pack a site sends the PKMD is one record whose life (hantar, dikembalikan, hantar semula, disahkan)
// is decided here, the same on every PC, so a verdict given on the desk means the same thing at the site.
import { z } from "zod";

export const packStatuses = ["dihantar", "dikembalikan", "disahkan"] as const;
export type PackStatus = (typeof packStatuses)[number];

export const packActions = ["hantar", "kembali", "sah"] as const;
export type PackAction = (typeof packActions)[number];

/** An officer as the pack names them (the name and post printed on the documents). */
export const packOfficerSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  jawatan: z.string().max(200),
});
export type PackOfficer = z.infer<typeof packOfficerSchema>;

/** One step of the pack's life, kept whole so both sides read the same story. */
export const packEventSchema = z.object({
  at: z.string(),
  action: z.enum(packActions),
  by: packOfficerSchema,
  /** The PKMD's comment when returning (required then); optional otherwise. */
  note: z.string().max(2000),
});
export type PackEvent = z.infer<typeof packEventSchema>;

/** A document of the pack as it was sent: its code and its model (every figure, as computed when sent). */
export const packDocumentSchema = z.object({
  code: z.string().min(1).max(60),
  model: z.record(z.string(), z.unknown()),
});
export type PackDocument = z.infer<typeof packDocumentSchema>;

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "v.month");

export const monthlyPackSchema = z.object({
  siteId: z.string().min(1),
  /** yyyy-mm */
  month: monthSchema,
  status: z.enum(packStatuses),
  /** How many times it was sent (1 the first time). */
  round: z.number().int().min(1),
  documents: z.array(packDocumentSchema).min(1),
  /** Who prepared it (the officer who sent the last round) and when (office day, yyyy-mm-dd). */
  preparedBy: packOfficerSchema,
  sentOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The PKMD who signed it and the office day, once disahkan. */
  signedBy: packOfficerSchema.extend({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).nullable(),
  history: z.array(packEventSchema),
});
export type MonthlyPackData = z.infer<typeof monthlyPackSchema>;

/** The PKMD's comment when returning a pack: what to correct. */
export const packReturnSchema = z.object({
  note: z.string().trim().min(1, "v.required").max(2000, "v.maxLength:2000"),
});

/** One pack per site and month on every PC: two PCs sending the same month meet as versions of one record. */
export const packIdOf = (siteId: string, month: string) => `pack:${siteId}:${month}`;

/** Why a step is refused now, as an i18n key; null when it may be taken. */
export function packStepRefused(status: PackStatus | null, action: PackAction): string | null {
  if (action === "hantar") return status === "disahkan" ? "e.packSigned" : null;
  if (status === null) return "e.packNotSent";
  if (status !== "dihantar") return status === "disahkan" ? "e.packSigned" : "e.packNotWaiting";
  return null;
}

/** The pack after a step: `hantar` replaces the documents and starts a new round; a verdict keeps them as sent. */
export function packAfter(
  before: MonthlyPackData | null,
  step:
    | {
        action: "hantar";
        by: PackOfficer;
        at: string;
        day: string;
        documents: PackDocument[];
        siteId: string;
        month: string;
        note?: string;
      }
    | { action: "kembali"; by: PackOfficer; at: string; note: string }
    | { action: "sah"; by: PackOfficer; at: string; day: string; note?: string },
): MonthlyPackData {
  const refused = packStepRefused(before?.status ?? null, step.action);
  if (refused) throw new PackStepError(refused);
  const event: PackEvent = { at: step.at, action: step.action, by: step.by, note: step.note?.trim() ?? "" };
  if (step.action === "hantar")
    return {
      siteId: step.siteId,
      month: step.month,
      status: "dihantar",
      round: (before?.round ?? 0) + 1,
      documents: step.documents,
      preparedBy: step.by,
      sentOn: step.day,
      signedBy: null,
      history: [...(before?.history ?? []), event],
    };
  // A verdict needs a pack that was sent (checked above).
  const sent = before as MonthlyPackData;
  if (step.action === "kembali")
    return { ...sent, status: "dikembalikan", history: [...sent.history, event] };
  return {
    ...sent,
    status: "disahkan",
    signedBy: { ...step.by, date: step.day },
    history: [...sent.history, event],
  };
}

/** The PKMD's last comment on a returned pack (what the PPK must correct). */
export function lastReturnNote(p: Pick<MonthlyPackData, "history">): PackEvent | null {
  for (let i = p.history.length - 1; i >= 0; i--)
    if (p.history[i]!.action === "kembali") return p.history[i]!;
  return null;
}

/** A refused step; the key names the reason for the user. */
export class PackStepError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}
