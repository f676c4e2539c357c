// Why: the Daftar RTSM on a PKH office's Laporan screen: one wilayah's KPM in No. KPM order with their counted
// components today, read through [siteId+kpmNo] and the members' site index, in Word and Excel.
import Dexie from "dexie";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import type { DaftarModel } from "../../../../shared/reports/pkh/daftar/model";
import { rtsmModel } from "../../../../shared/reports/pkh/daftar/rtsm";
import { AppError } from "../../../db/errors";
import type { PkhMemberRecord } from "../../../db/pkh-tables";
import type { DocDef } from "../../laporan/documents/types";
import { daftarPenyediaDoc } from "./daftar-penyedia";
import { kecamatanName } from "./load-laporan";

export const daftarRtsmDoc: DocDef<DaftarModel> = {
  code: "daftar-rtsm",
  labelKey: "pkh.laporan.rtsm.name",
  allSites: false,
  undated: true,
  sulit: true,
  orientation: "landscape",
  async build({ db, office, context, choice, today }) {
    const site = choice.sites[0];
    if (!site) throw new AppError("e.notFound");
    const [households, members] = await Promise.all([
      db.pkhHouseholds
        .where("[siteId+kpmNo]")
        .between([site.id, Dexie.minKey], [site.id, Dexie.maxKey])
        .filter((h) => !h.deletedAt)
        .toArray(),
      db.pkhMembers
        .where("siteId")
        .equals(site.id)
        .filter((m) => !m.deletedAt)
        .toArray(),
    ]);
    const byHousehold = new Map<string, PkhMemberRecord[]>();
    for (const m of members) byHousehold.set(m.householdId, [...(byHousehold.get(m.householdId) ?? []), m]);
    return rtsmModel({
      kecamatan: kecamatanName(site.name),
      district: office.district,
      households: households.map((household) => ({
        household,
        members: byHousehold.get(household.id) ?? [],
      })),
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
