// Why: what every official document takes from the office and the user (letterhead with logo, signatories, stamp), gathered in one place.
import type { Actor } from "../../../shared/domain/access";
import { missingReportSettings, pkmdPost } from "../../../shared/domain/office";
import {
  letterheadFrom,
  type GenerationStamp,
  type Letterhead,
  type SignatureInput,
} from "../../../shared/reports/frame/text";
import type { AppDB, OfficeRecord } from "../../db/app-db";
import { AppError } from "../../db/errors";
import { postOf } from "./figures";

export type ReportContext = {
  district: string;
  letterhead: Letterhead;
  stamp: GenerationStamp;
  signature: SignatureInput;
};

/**
 * The frame of a document made now by `actor`. A setting the documents need but the office has not filled is
 * refused with `e.reportSettingsMissing`, naming the settings.
 */
export async function reportContext(
  db: AppDB,
  office: OfficeRecord,
  actor: Actor,
  now: string = new Date().toISOString(),
): Promise<ReportContext> {
  const missing = missingReportSettings(office);
  if (missing.length) throw new AppError("e.reportSettingsMissing", { settings: missing.join(",") });
  const user = await db.users.get(actor.userId);
  return {
    district: office.district,
    letterhead: letterheadFrom(office, office.logo ?? null),
    stamp: { app: "Rekod Komuniti", version: __APP_VERSION__, at: now, by: actor.name },
    signature: {
      preparedBy: { name: actor.name, jawatan: postOf(user ?? { role: actor.role }, office.countryPack) },
      reviewedBy: { name: office.report?.pkmdName ?? "", jawatan: pkmdPost(office) },
    },
  };
}
