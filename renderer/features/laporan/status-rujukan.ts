// Why: loads, builds and saves the referral status list (SULIT, Excel only) through the host, logging the export as the statistics do.
import type { Actor } from "../../../shared/domain/access";
import { letterheadFrom } from "../../../shared/reports/frame/text";
import {
  STATUS_RUJUKAN_CODE,
  statusRujukanModel,
  type StatusRujukanModel,
} from "../../../shared/reports/status-rujukan/model";
import type { AppDB, OfficeRecord, OrganisationRecord } from "../../db/app-db";
import { db } from "../../db/instance";
import { appendAudit } from "../../db/repositories/repository";
import { host } from "../../host";
import { JAWATAN, monthRange } from "./figures";
import { loadStatistikKes, type StatistikKesRecords } from "./load";
import type { ReportChoice } from "./statistik-kes";

export type StatusRujukanRecords = StatistikKesRecords & { organisations: OrganisationRecord[] };

/** The statistics' records (referrals at the sites or on their cases, with checks, cases, people) and the agencies. */
export async function loadStatusRujukan(
  database: AppDB,
  siteIds: readonly string[],
  year: number,
): Promise<StatusRujukanRecords> {
  const [records, organisations] = await Promise.all([
    loadStatistikKes(database, siteIds, year),
    database.organisations.toArray(),
  ]);
  return { ...records, organisations };
}

/** The status is taken today, or on the month's last day for a month already over. */
export function statusDay(year: number, month: number, today: string): string {
  const { to } = monthRange(year, month);
  return to < today ? to : today;
}

export function buildStatusRujukan(
  choice: ReportChoice,
  records: StatusRujukanRecords,
  office: OfficeRecord,
  actor: Actor,
  reviewer: string,
  today: string,
  now: string,
): StatusRujukanModel {
  return statusRujukanModel({
    sites: choice.sites,
    district: office.district,
    cases: records.cases,
    persons: records.persons,
    organisations: records.organisations,
    referrals: records.referrals,
    statusChecks: records.statusChecks,
    asOf: statusDay(choice.year, choice.month, today),
    monthStart: monthRange(choice.year, choice.month).from,
    letterhead: letterheadFrom(office),
    stamp: { app: "Rekod Komuniti", version: __APP_VERSION__, at: now, by: actor.name },
    signature: {
      preparedBy: { name: actor.name, jawatan: JAWATAN[actor.role] },
      reviewedBy: { name: reviewer },
    },
  });
}

/** Writes the workbook, offers it to the user, and logs one export row once it is saved. */
export async function saveStatusRujukan(
  model: StatusRujukanModel,
  actor: Actor,
  choice: ReportChoice,
): Promise<boolean> {
  const { statusRujukanXlsx } = await import("../../../shared/reports/status-rujukan/xlsx");
  const bytes = await statusRujukanXlsx(model);
  const fileName = model.fileNames.xlsx;
  const result = await host.saveFile({
    suggestedName: fileName,
    data: bytes,
    filters: [{ name: "Excel", extensions: ["xlsx"] }],
  });
  if (result.status !== "saved") return false;
  await db.transaction("rw", [db.audit], () =>
    appendAudit(db, actor, {
      action: "export",
      table: "laporan",
      recordId: STATUS_RUJUKAN_CODE,
      label: fileName,
      before: null,
      after: {
        document: STATUS_RUJUKAN_CODE,
        sites: choice.sites.map((s) => s.id),
        year: choice.year,
        month: choice.month,
        asOf: model.asOf,
      },
    }),
  );
  return true;
}
