// Why: the one description of what a PC and the office hub say to each other, checked with these schemas on both
// sides; the changes themselves travel in the exchange files' format (shared/exchange), gzip-compressed.
import { z } from "zod";
import { usernameSchema } from "../domain/user";
import { roles } from "../domain/roles";
import { pcIdSchema, seenSchema } from "../exchange/version";

/** Raised when the messages change in a way an older PC or hub cannot follow. */
export const HUB_PROTOCOL = 1;
/** Every call is under this path. */
export const HUB_API = "/api/v1";
/** The largest piece of a transfer sent or asked for in one request: small enough to get through a link that drops. */
export const MAX_CHUNK = 64 * 1024;
/** The largest transfer (compressed) a hub takes in or gives at once. */
export const MAX_TRANSFER = 64 * 1024 * 1024;
/** The largest JSON message other than a transfer's bytes. */
export const MAX_MESSAGE = 256 * 1024;
/** The hub's default port. */
export const HUB_PORT = 8443;

/** A SHA-256 certificate fingerprint as shown to people: 32 bytes in hex pairs joined by colons. */
export const fingerprintSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((s) => s.replace(/[^0-9A-F]/g, ""))
  .refine((s) => s.length === 64, "v.fingerprint")
  .transform((hex) => hex.match(/../g)!.join(":"));

/** The hub's address as typed: https, a host and a port, nothing else. */
export const hubAddressSchema = z
  .string()
  .trim()
  .transform((s) => (/^[a-z]+:\/\//i.test(s) ? s : `https://${s}`))
  .refine((s) => {
    try {
      const u = new URL(s);
      return (
        u.protocol === "https:" && !!u.hostname && (u.pathname === "/" || u.pathname === "") && !u.search
      );
    } catch {
      return false;
    }
  }, "v.hubAddress")
  .transform((s) => {
    const u = new URL(s);
    return `https://${u.hostname.includes(":") && !u.hostname.startsWith("[") ? `[${u.hostname}]` : u.hostname}:${u.port || HUB_PORT}`;
  });

/**
 * The office as the hub knows it: its record's id is the same in every office ("office"), so the moment it was set up
 * tells two offices apart (as backups and exchange files do).
 */
export function hubOfficeId(office: { id: string; createdAt: string }): string {
  return `${office.id}@${office.createdAt}`;
}

/** A transfer's id, chosen by the PC so that a request repeated after a cut names the same transfer. */
export const transferIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
const scopeKey = z.string().min(1).max(100);
export const holdingsSchema = z.record(scopeKey, seenSchema);
const scopesSchema = z.union([z.literal("all"), z.array(z.string().min(1).max(80)).max(200)]);
const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const officeSchema = z.object({ id: z.string().min(1).max(100), name: z.string().max(200) });

export const loginRequestSchema = z.object({
  protocol: z.number().int().min(1),
  officeId: z.string().min(1).max(100),
  username: usernameSchema,
  password: z.string().min(1).max(200),
  /** The PC's address in the office's exchange. */
  pc: pcIdSchema,
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** A hub not yet claimed takes its office from the first PC that gives the code it printed when it started. */
export const claimRequestSchema = loginRequestSchema.extend({
  code: z.string().trim().min(6).max(40),
  office: officeSchema.extend({ createdAt: z.string().max(40) }),
  /** The claiming user's stored record (its role and password hash): the hub's first user. */
  user: z.object({ id: z.string().min(1).max(200) }).passthrough(),
});
export type ClaimRequest = z.infer<typeof claimRequestSchema>;

export const sessionSchema = z.object({
  token: z.string().min(32).max(200),
  expiresAt: z.string(),
  office: officeSchema,
  user: z.object({ username: z.string(), role: z.enum(roles), scopes: scopesSchema }),
  /** The hub's id in the office's exchange (the sender its batches name), its protocol and version. */
  hub: z.object({ pc: pcIdSchema, protocol: z.number().int(), version: z.string().max(40) }),
});
export type HubSession = z.infer<typeof sessionSchema>;

/** What a push says besides its versions: the exchange header of a file for the hub. */
export const pushHeaderSchema = z.object({
  from: pcIdSchema,
  schemaVersion: z.number().int().min(1),
  holds: holdingsSchema,
  basis: holdingsSchema,
});
export type PushHeader = z.infer<typeof pushHeaderSchema>;

export const pushStartSchema = z.object({
  id: transferIdSchema,
  length: z.number().int().min(1).max(MAX_TRANSFER),
  sha256: sha256Schema,
  header: pushHeaderSchema,
});
export type PushStart = z.infer<typeof pushStartSchema>;

/** Where a transfer stands: the bytes the hub has, and once whole and applied, what it did with them. */
export const transferStateSchema = z.object({
  id: transferIdSchema,
  received: z.number().int().min(0),
  length: z.number().int().min(0),
  applied: z.boolean(),
  result: z
    .object({ taken: z.number().int(), ignored: z.number().int(), refused: z.number().int() })
    .optional(),
});
export type TransferState = z.infer<typeof transferStateSchema>;

export const pullStartSchema = z.object({
  id: transferIdSchema,
  from: pcIdSchema,
  schemaVersion: z.number().int().min(1),
  /** The sites the PC works on (the hub gives no more than the user may see, whatever this says). */
  scopes: scopesSchema,
  /** What the PC holds now, per scope: the hub sends what lies beyond (absent: what it held at its last push). */
  holds: holdingsSchema.optional(),
});
export type PullStart = z.infer<typeof pullStartSchema>;

/** A prepared pull: its bytes are fetched piece by piece, then applied on the PC in one transaction. */
export const pullReadySchema = z.object({
  id: transferIdSchema,
  length: z.number().int().min(0),
  sha256: sha256Schema,
  records: z.number().int().min(0),
  /** The hub stopped at its batch limit: the PC pulls again once this one is in. */
  more: z.boolean().default(false),
  header: z.object({ from: pcIdSchema, holds: holdingsSchema, basis: holdingsSchema }),
});
export type PullReady = z.infer<typeof pullReadySchema>;

/** Why a hub said no: one of these codes (the PC words each in Malay), with seconds to wait when it is busy. */
export const hubErrorCodes = [
  "badRequest",
  "badCredentials",
  "rateLimited",
  "sessionExpired",
  "otherOffice",
  "newerHub",
  "olderHub",
  "notClaimed",
  "claimed",
  "badClaimCode",
  "forbidden",
  "tooLarge",
  "notFound",
  "conflict",
  "busy",
] as const;
export type HubErrorCode = (typeof hubErrorCodes)[number];
export const hubErrorSchema = z.object({
  error: z.enum(hubErrorCodes),
  detail: z.string().max(500).optional(),
  retryAfter: z.number().int().min(0).optional(),
  office: officeSchema.optional(),
});
export type HubErrorBody = z.infer<typeof hubErrorSchema>;
