// Why: a PKH office's settings are changed in one audited, rev-checked write of the office record; a new amount or
// limit takes effect from its date and never rewrites what applied before (entries are added, or replace the one of
// the same date).
import type { Actor } from "../../../../shared/domain/access";
import { pkhSettingsOf, pkhSettingsSchema, type PkhSettings } from "../../../../shared/domain/pkh/settings";
import type { AppDB, OfficeRecord } from "../../app-db";
import { patchOffice } from "../office";
import { validate } from "../repository";

type Dated = { from: string };

/** `list` with `entry` added in date order (an entry of the same date is replaced). */
export function withDated<T extends Dated>(list: readonly T[], entry: T): T[] {
  return [...list.filter((e) => e.from !== entry.from), entry].sort((a, b) => a.from.localeCompare(b.from));
}

/** Replaces the named parts of the office's PKH settings, each checked whole. */
export async function updatePkhSettings(
  db: AppDB,
  actor: Actor,
  expectedRev: number,
  office: OfficeRecord,
  patch: Partial<PkhSettings>,
): Promise<OfficeRecord> {
  const next = validate(pkhSettingsSchema, { ...pkhSettingsOf(office), ...patch });
  return patchOffice(db, actor, expectedRev, { pkh: next });
}
