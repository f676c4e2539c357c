// Why: a monthly pack's documents are made by the same definitions as the Laporan screen's, kept as sent, and shown
// again whole (logo, photos) with the signature the pack's steps give them.
import type { TFunction } from "i18next";
import type { Actor } from "../../../../../shared/domain/access";
import type { MonthlyPackData, PackDocument } from "../../../../../shared/domain/monthly-pack";
import {
  fromSnapshot,
  packSignature,
  packSnapshot,
  snapshotPhotoIds,
  withPackSignature,
} from "../../../../../shared/reports/pack-snapshot";
import { pkmdPost } from "../../../../../shared/domain/office";
import type { AppDB, OfficeRecord } from "../../../../db/app-db";
import { reportContext } from "../../../laporan/context";
import { documentByCode, packDocuments } from "../../../laporan/documents";
import type { AnyDocDef, Choice, ChoiceSite } from "../../../laporan/documents/types";

/** The pack's documents of a site and month as made now, kept as the pack stores them. */
export async function makePackDocuments(args: {
  db: AppDB;
  actor: Actor;
  office: OfficeRecord;
  site: ChoiceSite;
  year: number;
  month: number;
  today: string;
  t: TFunction;
}): Promise<PackDocument[]> {
  const { db, actor, office } = args;
  const context = await reportContext(db, office, actor);
  const choice: Choice = { sites: [args.site], year: args.year, month: args.month, itemId: null };
  const models = await Promise.all(
    packDocuments.map((d) => d.build({ db, actor, office, context, choice, today: args.today, t: args.t })),
  );
  return packDocuments.map((d, i) => ({ code: d.code, model: packSnapshot(models[i]) }));
}

export type ShownDocument = { def: AnyDocDef; model: unknown };

/** The documents of a pack as they were sent, made whole, signed as the pack stands now. */
export async function shownPackDocuments(
  db: AppDB,
  office: OfficeRecord,
  pack: MonthlyPackData,
): Promise<ShownDocument[]> {
  const ids = pack.documents.flatMap((d) => snapshotPhotoIds(d.model));
  const photos = new Map<string, Uint8Array>();
  for (const p of await db.photos.bulkGet(ids))
    if (p && !p.deletedAt) photos.set(p.id, new Uint8Array(await p.data.arrayBuffer()));
  const signature = packSignature(pack, { name: office.report?.pkmdName ?? "", jawatan: pkmdPost(office) });
  return pack.documents.flatMap((d) => {
    const def = documentByCode(d.code);
    if (!def) return [];
    const whole = fromSnapshot(d.model, { logo: office.logo ?? null, photo: (id) => photos.get(id) });
    return [{ def, model: withPackSignature(whole, signature) }];
  });
}
