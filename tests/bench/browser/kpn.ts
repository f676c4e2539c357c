// Why: kpn.complaint_save and kpn.quick_intake: one complaint registered (number, counter, audit in one transaction)
// and one quick intake (a new person + a Buku Rekod case + the intake row in one transaction), timed one at a time as
// ppk.aminah in the app's own database (the demo office loaded by the bench), at the demo tour's first checkpoint.
import { AppDB } from "../../../renderer/db/app-db";
import { registerComplaint } from "../../../renderer/db/repositories/kpn/complaints";
import { recordIntake } from "../../../renderer/db/repositories/kpn/intakes";
import { toActor } from "../../../renderer/db/repositories/users";

export type KpnTimed = { complaint: number[]; intake: number[] };

declare global {
  interface Window {
    benchKpn: (runs: number) => Promise<KpnTimed>;
  }
}

async function benchKpn(runs: number): Promise<KpnTimed> {
  const db = new AppDB();
  await db.open();
  const user = await db.users.where("username").equals("ppk.aminah").first();
  if (!user) throw new Error("the demo office is not loaded");
  const actor = toActor(user);
  const cp = (await db.checkpoints.toArray()).find((c) => !c.deletedAt && c.name === "Pasar Tani Kerinchi");
  if (!cp) throw new Error("the demo tour's checkpoint is missing");
  const siteId = actor.siteIds[0]!;
  const out: KpnTimed = { complaint: [], intake: [] };
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await registerComplaint(db, actor, {
      tourId: cp.tourId,
      checkpointId: cp.id,
      name: `Pengadu Bench ${i}`,
      contact: "012-345 6789",
      mykad: "",
      category: "kualiti-perkhidmatan",
      description: "Kaunter dibuka lewat dan barisan panjang.",
      sensitive: false,
    });
    out.complaint.push(performance.now() - t0);
  }
  for (let i = 0; i < runs; i++) {
    // A MyKad nobody has: born 1 January 1960 in Selangor (10), serial 7000 + i; an odd last digit is a man.
    const serial = String(7000 + i);
    const t0 = performance.now();
    await recordIntake(db, actor, {
      tourId: cp.tourId,
      checkpointId: cp.id,
      person: {
        name: `Orang Bench ${i}`,
        docType: "mykad",
        docNo: `600101-10-${serial}`,
        noDocReason: null,
        birthDate: "1960-01-01",
        sex: Number(serial) % 2 ? "L" : "P",
        ethnicity: "melayu",
        phone: "",
        siteId,
        block: "",
        unit: "",
        oku: false,
        okuCardNo: "",
        maritalStatus: "berkahwin",
        occupation: "",
        income: 0,
      },
      need: "Memerlukan bantuan makanan bulanan",
      outcome: "kes",
      targetGroup: "miskin",
      service: "nasihat",
    });
    out.intake.push(performance.now() - t0);
  }
  db.close();
  return out;
}

window.benchKpn = benchKpn;
