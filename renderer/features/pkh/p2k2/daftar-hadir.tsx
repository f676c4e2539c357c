// Why: the Daftar Hadir P2K2 on the Laporan screen: one planned session of the chosen wilayah and month, its group's
// roster as it stands now, printed or saved in Word and Excel before the session.
import { AppError } from "../../../db/errors";
import { getOffice } from "../../../db/repositories/office";
import { daftarHadirModel } from "../../../../shared/reports/pkh/daftar-hadir/model";
import type { DaftarModel } from "../../../../shared/reports/pkh/daftar/model";
import { formatDate } from "../../../app/format";
import { monthRange } from "../../laporan/figures";
import type { DocDef } from "../../laporan/documents/types";
import { daftarPenyediaDoc } from "../laporan/daftar-penyedia";
import { p2k2Curriculum, p2k2Repo, rosterOf, sessionsBetween } from "../../../db/repositories/pkh/p2k2";

export const daftarHadirDoc: DocDef<DaftarModel> = {
  code: "daftar-hadir-p2k2",
  labelKey: "pkh.p2k2.daftarHadir.name",
  allSites: false,
  // Printed before the session: a month ahead may be chosen.
  ahead: true,
  sulit: true,
  orientation: "portrait",
  async items(db, actor, choice) {
    const { from, to } = monthRange(choice.year, choice.month);
    const office = await getOffice(db);
    const curriculum = p2k2Curriculum(office);
    const sessions = await sessionsBetween(
      db,
      actor,
      choice.sites.map((s) => s.id),
      from,
      to,
    );
    const groups = new Map(
      (await db.pkhGroups.bulkGet(sessions.map((s) => s.groupId))).map((g) => [g?.id, g]),
    );
    return sessions.map((s) => ({
      value: s.id,
      label: `${formatDate(s.date)} — ${groups.get(s.groupId)?.name ?? ""} — ${
        curriculum.find((m) => m.code === s.moduleCode)?.name ?? s.moduleCode
      } ${s.sessionNo}`,
    }));
  },
  async build({ db, actor, office, context, choice }) {
    const site = choice.sites[0];
    if (!site || !choice.itemId) throw new AppError("e.notFound");
    const s = await p2k2Repo(db).get(actor, choice.itemId);
    const group = await db.pkhGroups.get(s.groupId);
    if (s.siteId !== site.id || !group) throw new AppError("e.notFound");
    const mod = p2k2Curriculum(office).find((m) => m.code === s.moduleCode);
    return daftarHadirModel({
      session: {
        moduleName: mod?.name ?? s.moduleCode,
        sessionNo: s.sessionNo,
        moduleSessions: mod?.sessions ?? s.sessionNo,
        date: s.date,
        place: s.place,
        facilitator: s.facilitator,
      },
      group: group.name,
      site,
      roster: await rosterOf(db, s.siteId, s.groupId),
      letterhead: context.letterhead,
      stamp: context.stamp,
      signature: context.signature,
    });
  },
  // Laid out, saved and previewed like every PKH Daftar list.
  jobs: daftarPenyediaDoc.jobs,
  frame: daftarPenyediaDoc.frame,
  isEmpty: daftarPenyediaDoc.isEmpty,
  Preview: daftarPenyediaDoc.Preview,
};
