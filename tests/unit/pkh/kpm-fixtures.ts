// Why: a PKH office of two wilayah with their pendamping, and one KPM household and member as the form gives them,
// for the register's, groups', payments' and complaints' tests.
import { sitesRepo } from "../../../renderer/db/repositories/sites";
import { actor, freshDb, siteInput } from "../helpers";

export const SITI_NIK = "3404075203900001"; // a woman born 12/03/1990 (day + 40)
export const BAGUS_NIK = "3404070107150002"; // a boy born 01/07/2015

export const household = (siteId: string, over: object = {}) => ({
  siteId,
  kpmNo: "3404070001",
  headName: "Siti Aminah",
  address: "Jl. Kaliurang Km 7, RT 03 RW 12",
  desa: "Condongcatur",
  groupId: null,
  bankAccount: "0123456789",
  kksNo: "KKS-001",
  active: true,
  ...over,
});
export const member = (over: object = {}) => ({
  name: "Siti Aminah",
  nik: SITI_NIK,
  birthDate: "1990-03-12",
  sex: "P",
  relationship: "istri",
  schoolLevel: null,
  school: "",
  schoolClass: "",
  expectedDelivery: null,
  deliveryDate: null,
  severeDisability: false,
  healthPost: "Posyandu Melati",
  ...over,
});
/** Her son at SD (a school component). */
export const bagus = (over: object = {}) =>
  member({
    name: "Bagus Santoso",
    nik: BAGUS_NIK,
    birthDate: "2015-07-01",
    sex: "L",
    relationship: "anak",
    schoolLevel: "sd",
    school: "SDN Condongcatur",
    schoolClass: "5",
    ...over,
  });

/** Two wilayah (Depok with pendamping Rina, Mlati with Tono). */
export async function twoWilayah() {
  const db = freshDb();
  const admin = actor("pentadbir");
  const dpk = await sitesRepo(db).create(admin, siteInput("DPK", "Kecamatan Depok"));
  const mlt = await sitesRepo(db).create(admin, siteInput("MLT", "Kecamatan Mlati"));
  return { db, dpk, mlt, rina: actor("ppk", [dpk.id], "u-rina"), tono: actor("ppk", [mlt.id], "u-tono") };
}
