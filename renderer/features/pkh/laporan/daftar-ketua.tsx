// Why: the Daftar Ketua Kelompok on a PKH office's Laporan screen: one wilayah's groups with their ketua, the ketua
// household's components today and its payments of the year's four stages, read through the site, group and
// household indexes, in Word and Excel.
import { stages, stageId, parseStageId } from "../../../../shared/domain/pkh/benefits";
import { stageRecordId } from "../../../../shared/domain/pkh/payments";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { dmy } from "../../../../shared/reports/frame/text";
import { ketuaModel } from "../../../../shared/reports/pkh/daftar/ketua";
import type { DaftarModel } from "../../../../shared/reports/pkh/daftar/model";
import { AppError } from "../../../db/errors";
import type { DocDef } from "../../laporan/documents/types";
import { daftarPenyediaDoc } from "./daftar-penyedia";
import { kecamatanName } from "./load-laporan";

export const daftarKetuaDoc: DocDef<DaftarModel> = {
  code: "daftar-ketua",
  labelKey: "pkh.laporan.ketua.name",
  allSites: false,
  undated: true,
  sulit: true,
  orientation: "landscape",
  async build({ db, office, context, choice, today }) {
    const site = choice.sites[0];
    if (!site) throw new AppError("e.notFound");
    const year = Number(today.slice(0, 4));
    const stageIds = stages.map((s) => stageId(year, s));
    const [groups, arranged] = await Promise.all([
      db.pkhGroups
        .where("siteId")
        .equals(site.id)
        .filter((g) => !g.deletedAt)
        .toArray(),
      db.pkhStages.bulkGet(stageIds.map((id) => stageRecordId(site.id, id))),
    ]);
    groups.sort((a, b) => a.name.localeCompare(b.name, "id", { numeric: true }));
    const leaderIds = groups.flatMap((g) => (g.leaderId ? [g.leaderId] : []));
    const [leaders, members, payments] = await Promise.all([
      db.pkhHouseholds.bulkGet(leaderIds),
      db.pkhMembers.where("householdId").anyOf(leaderIds).toArray(),
      db.pkhPayments.where("householdId").anyOf(leaderIds).toArray(),
    ]);
    const leader = new Map(leaderIds.map((id, i) => [id, leaders[i]]));
    // The schedule shown is the latest stage of the year with a payment day arranged.
    const last = arranged.filter((s) => s && !s.deletedAt && s.scheduledDate).at(-1);
    return ketuaModel({
      kecamatan: kecamatanName(site.name),
      district: office.district,
      year,
      groups: groups.map((g) => {
        const h = g.leaderId ? leader.get(g.leaderId) : undefined;
        return {
          name: g.name,
          leaderActive: g.leaderActive,
          leader: h && !h.deletedAt ? h : null,
          members: members.filter((m) => m.householdId === g.leaderId && !m.deletedAt),
          payments: payments
            .filter((p) => p.householdId === g.leaderId && !p.deletedAt && stageIds.includes(p.stageId))
            .map((p) => ({ stage: parseStageId(p.stageId)!.stage, received: p.received })),
        };
      }),
      schedule: last ? [dmy(last.scheduledDate!), last.place].filter(Boolean).join(", ") : "",
      limits: pkhSettingsOf(office).limits,
      today,
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
