// Why: gathers what a Laporan Pendamping attaches from the records (sessions with their attendance and CKP, the
// wilayah's KPM, groups, complaints, verifications, the report's photos), reading by index and by id only.
import type { TFunction } from "i18next";
import { DEFAULT_CKP_ITEMS, DEFAULT_P2K2_CURRICULUM } from "../../../../shared/domain/pkh/p2k2";
import { reportMonth } from "../../../../shared/domain/pkh/report";
import type { FramePhoto } from "../../../../shared/reports/frame/photo-grid";
import type {
  LaporanPendampingInput,
  ReportSession,
} from "../../../../shared/reports/pkh/laporan-pendamping/model";
import type { AppDB } from "../../../db/app-db";
import type { PkhReportRecord } from "../../../db/pkh-tables";
import { monthRange } from "../../laporan/figures";
import { ownerPhotos } from "../../foto/photos";

type Loaded = Omit<
  LaporanPendampingInput,
  "report" | "kabupaten" | "pendamping" | "letterhead" | "stamp" | "signature"
>;

/** "Kecamatan Depok" -> "Depok": the document writes "KECAMATAN" itself. */
export function kecamatanName(siteName: string): string {
  return siteName.replace(/^kecamatan\s+/i, "").trim() || siteName;
}

export async function loadLaporanPendamping(
  db: AppDB,
  report: PkhReportRecord,
  siteName: string,
  t: TFunction,
): Promise<Loaded> {
  const month = reportMonth(report);
  const { from, to } = monthRange(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  const site = report.siteId;
  // A monthly report takes the month's sessions; an activity or incident report those it names.
  const sessionRows =
    report.kind === "bulanan"
      ? await db.p2k2Sessions.where("[siteId+date]").between([site, from], [site, to], true, true).toArray()
      : (await db.p2k2Sessions.bulkGet(report.sessionIds)).filter((s) => s !== undefined);
  const sessions = sessionRows.filter((s) => !s.deletedAt && s.siteId === site);
  const [households, groups, complaints, verifications, photos] = await Promise.all([
    db.pkhHouseholds
      .where("siteId")
      .equals(site)
      .filter((h) => !h.deletedAt)
      .toArray(),
    db.pkhGroups
      .where("siteId")
      .equals(site)
      .filter((g) => !g.deletedAt)
      .toArray(),
    db.pkhComplaints
      .where("[siteId+receivedDate]")
      .between([site, ""], [site, to], true, true)
      .filter((c) => !c.deletedAt)
      .toArray(),
    db.pkhVerifications
      .where("[siteId+month]")
      .equals([site, month])
      .filter((v) => !v.deletedAt)
      .count(),
    ownerPhotos(db, "pkhReports", report.id),
  ]);
  const byId = new Map(households.map((h) => [h.id, h]));
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const moduleName = new Map(DEFAULT_P2K2_CURRICULUM.map((m) => [m.code, m.name]));
  const ckpItems = DEFAULT_CKP_ITEMS.filter((c) => c.active).map((c) => ({
    code: c.code,
    label: c.label || t(`pkh.code.ckp.${c.code}`, { defaultValue: c.code }),
  }));
  const kpm = (id: string) => {
    const h = byId.get(id);
    return { name: h?.headName ?? "", kpmNo: h?.kpmNo ?? "" };
  };
  const reportSessions: ReportSession[] = sessions.map((s) => ({
    id: s.id,
    date: s.date,
    module: moduleName.get(s.moduleCode) ?? s.moduleCode,
    sessionNo: s.sessionNo,
    place: s.place,
    group: groupName.get(s.groupId) ?? "",
    attendance: (s.attendance ?? []).map((a) => ({ ...kpm(a.kpmId), status: a.status })),
    ckpItems,
    ckp: (s.ckp ?? []).map((c) => ({ name: kpm(c.kpmId).name, checked: c.checked })),
  }));
  const desa = [...new Set(households.map((h) => h.desa.trim()).filter((d) => d !== ""))];
  const framePhotos: FramePhoto[] = await Promise.all(
    photos.map(async (p) => ({
      photoId: p.id,
      data: new Uint8Array(await p.data.arrayBuffer()),
      type: "jpg" as const,
      width: p.width,
      height: p.height,
      caption: p.caption,
    })),
  );
  return {
    kecamatan: kecamatanName(siteName),
    desa,
    households: households.length,
    groups: groups.length,
    sessions: reportSessions,
    complaints: complaints.map((c) => ({ receivedDate: c.receivedDate, resolvedDate: c.resolvedDate })),
    verified: verifications,
    photos: framePhotos,
  };
}
