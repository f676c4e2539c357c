// Why: builds the monthly statistics model from loaded records and the office, and saves it as Excel or Word through the host, logging the export.
import type { Actor } from "../../../shared/domain/access";
import { letterheadFrom } from "../../../shared/reports/frame/text";
import {
  STATISTIK_KES_CODE,
  statistikKesModel,
  type StatistikKesModel,
} from "../../../shared/reports/statistik-kes/model";
import type { OfficeRecord } from "../../db/app-db";
import { db } from "../../db/instance";
import { appendAudit } from "../../db/repositories/repository";
import { host } from "../../host";
import { JAWATAN } from "./figures";
import type { StatistikKesRecords } from "./load";

export type ReportChoice = {
  sites: { id: string; name: string }[];
  year: number;
  month: number;
};

/** The model for a choice; `today` (yyyy-mm-dd) and `now` (ISO) date the month-end balances and the stamp. */
export function buildModel(
  choice: ReportChoice,
  records: StatistikKesRecords,
  office: OfficeRecord,
  actor: Actor,
  reviewer: string,
  today: string,
  now: string,
): StatistikKesModel {
  return statistikKesModel({
    ...choice,
    ...records,
    district: office.district,
    asOf: today,
    letterhead: letterheadFrom(office),
    stamp: { app: "Rekod Komuniti", version: __APP_VERSION__, at: now, by: actor.name },
    signature: {
      preparedBy: { name: actor.name, jawatan: JAWATAN[actor.role] },
      reviewedBy: { name: reviewer },
    },
  });
}

/** Writes the file, offers it to the user, and logs one export row once it is saved. */
export async function saveReport(
  model: StatistikKesModel,
  kind: "xlsx" | "docx",
  actor: Actor,
  choice: ReportChoice,
): Promise<boolean> {
  const bytes =
    kind === "xlsx"
      ? await (await import("../../../shared/reports/statistik-kes/xlsx")).statistikKesXlsx(model)
      : await (await import("../../../shared/reports/statistik-kes/docx")).statistikKesDocx(model);
  const fileName = model.fileNames[kind];
  const result = await host.saveFile({
    suggestedName: fileName,
    data: bytes,
    filters: [
      kind === "xlsx" ? { name: "Excel", extensions: ["xlsx"] } : { name: "Word", extensions: ["docx"] },
    ],
  });
  if (result.status !== "saved") return false;
  await db.transaction("rw", [db.audit], () =>
    appendAudit(db, actor, {
      action: "export",
      table: "laporan",
      recordId: STATISTIK_KES_CODE,
      label: fileName,
      before: null,
      after: {
        document: STATISTIK_KES_CODE,
        sites: choice.sites.map((s) => s.id),
        year: choice.year,
        month: choice.month,
      },
    }),
  );
  return true;
}
