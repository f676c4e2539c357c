// Why: which PC made a record's version and what that PC had seen then, so PCs exchanging in any order tell "newer"
// from "changed on both sides" without trusting anyone's clock.
import { z } from "zod";

/**
 * A version vector: for each PC (by its id), the highest change number of that PC seen. On a record it is what the
 * PC that wrote this version had seen of the record (its own new change included); on a PC it is every change the PC
 * holds, or holds something newer than.
 */
export type Seen = Readonly<Record<string, number>>;

export const pcIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "v.pcId");
export const seenSchema = z.record(pcIdSchema, z.number().int().min(1));

/** The fields every travelling record carries beside its record metadata (shared/domain/record.ts). */
export type VersionStamp = {
  /** The PC that wrote this version. */
  pc: string;
  /** That PC's change number for this version: unique on that PC and rising with every write. */
  pcSeq: number;
  seen: Seen;
};
export const versionStampSchema = z.object({
  pc: pcIdSchema,
  pcSeq: z.number().int().min(1),
  seen: seenSchema,
});
export const versionKeys = ["pc", "pcSeq", "seen"] as const;

/** True when `seen` holds change `pcSeq` of `pc` (or knows a later change of that PC). */
export function covers(seen: Seen, pc: string, pcSeq: number): boolean {
  return (seen[pc] ?? 0) >= pcSeq;
}

/** True when `a` has seen everything `b` has. */
export function includes(a: Seen, b: Seen): boolean {
  for (const [pc, n] of Object.entries(b)) if ((a[pc] ?? 0) < n) return false;
  return true;
}

/** Everything either has seen. */
export function joinSeen(...all: Seen[]): Seen {
  const out: Record<string, number> = {};
  for (const seen of all) for (const [pc, n] of Object.entries(seen)) if (n > (out[pc] ?? 0)) out[pc] = n;
  return sortedSeen(out);
}

/** The same vector with its PCs in one order, so equal vectors are equal as JSON too. */
function sortedSeen(seen: Record<string, number>): Seen {
  const out: Record<string, number> = {};
  for (const pc of Object.keys(seen).sort()) out[pc] = seen[pc]!;
  return out;
}

/** `a` relative to `b`: the same version, older (b came from it), newer, or made apart (both changed). */
export function compareSeen(a: Seen, b: Seen): "same" | "older" | "newer" | "apart" {
  const aHasB = includes(a, b);
  const bHasA = includes(b, a);
  if (aHasB && bHasA) return "same";
  if (bHasA) return "older";
  if (aHasB) return "newer";
  return "apart";
}

/** The stamp of a version written on `pc` as its change `pcSeq`, after the versions it was made from. */
export function stampVersion(pc: string, pcSeq: number, from: readonly Seen[]): VersionStamp {
  return { pc, pcSeq, seen: joinSeen(...from, { [pc]: pcSeq }) };
}

/** True when a PC whose holdings are `peer` does not yet have this version. */
export function isNewTo(peer: Seen, version: VersionStamp): boolean {
  return !covers(peer, version.pc, version.pcSeq);
}

/** What an exchange file says about itself in its authenticated header. */
export const exchangeHeaderSchema = z.object({
  /** The PC that wrote the file. */
  from: pcIdSchema,
  /** The PC it was written for (what that PC was known to hold decided its contents). */
  to: pcIdSchema,
  /** Per scope the file covers (a site's id, or "district"): every change of it the sender held. */
  holds: z.record(z.string().min(1).max(100), seenSchema),
  /**
   * Per scope: what the sender believed the addressee held, so the file holds every change of `holds` beyond it.
   * Absent (files of earlier versions): taken as no more than the addressee holds.
   */
  basis: z.record(z.string().min(1).max(100), seenSchema).optional(),
});
export type ExchangeHeader = z.infer<typeof exchangeHeaderSchema>;
