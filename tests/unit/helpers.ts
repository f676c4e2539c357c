// Why: each test gets its own database and a few ready-made actors.
import { AppDB } from "../../renderer/db/app-db";
import type { Actor } from "../../shared/domain/access";
import type { Role } from "../../shared/domain/roles";

let n = 0;
export function freshDb(): AppDB {
  n += 1;
  return new AppDB(`test-${Date.now()}-${n}-${Math.random().toString(36).slice(2)}`);
}

export function actor(role: Role, siteIds: string[] = [], userId = `u-${role}`): Actor {
  return { userId, username: userId, name: `Nama ${role}`, role, siteIds };
}

/** Low iteration count so tests stay fast; the production count is tested separately. */
export const FAST_ITERATIONS = 1000;

export const siteInput = (code: string, name = `PPR ${code}`) => ({
  code,
  name,
  type: "ppr",
  address: "Jalan Contoh 1, 50000 Kuala Lumpur",
  district: "Lembah Pantai",
  state: "WP Kuala Lumpur",
});

/** A resident with a valid MyKad at `siteId`, as the person form gives it. */
export const personInput = (siteId: string, over: object = {}) => ({
  name: "Siti Aisyah binti Ismail",
  docType: "mykad",
  docNo: "850101145678",
  noDocReason: null,
  birthDate: "1985-01-01",
  sex: "P",
  ethnicity: "melayu",
  phone: "012-345 6789",
  siteId,
  block: "A",
  unit: "A-03-12",
  oku: false,
  okuCardNo: "",
  maritalStatus: "berkahwin",
  occupation: "Suri rumah",
  income: 0,
  ...over,
});
