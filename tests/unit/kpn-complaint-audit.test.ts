// Why: a sensitive complaint is read only by the PKMD and whoever received it; the Log Audit must not show its
// complainant or what was said to another reader of the log (issue 13, item 8).
import { describe, expect, it } from "vitest";
import type { AuditRow } from "../../renderer/db/app-db";
import { listAudit } from "../../renderer/db/audit-log";
import { loadDemo } from "../../renderer/db/demo";
import { isSealed, sealComplaintAudit } from "../../renderer/db/repositories/kpn/complaint-audit";
import { acknowledgeComplaint, registerComplaint } from "../../renderer/db/repositories/kpn/complaints";
import { todayIn } from "../../shared/domain/dates";
import { actor, FAST_ITERATIONS, freshDb } from "./helpers";

const pkmd = actor("pkmd");
const admin = actor("pentadbir");
const receiver = actor("ppk", [], "u-ppk-penerima");
const page = { offset: 0, limit: 50, table: "complaints" };

async function world() {
  const db = freshDb();
  await loadDemo(db, FAST_ITERATIONS);
  const cp = (await db.checkpoints.toArray())[0]!;
  const input = (sensitive: boolean, name: string) => ({
    tourId: cp.tourId,
    checkpointId: cp.id,
    name,
    contact: "012-345 6789",
    mykad: "",
    category: "kemudahan-awam",
    description: "Anak dipukul oleh penjaga di rumah; mohon tindakan segera.",
    sensitive,
  });
  return { db, input };
}

const rowsOf = async (db: Awaited<ReturnType<typeof world>>["db"], who: typeof pkmd) =>
  (await listAudit(db, who, page)).rows;
const fieldsOf = (r: AuditRow) => r.after as Record<string, unknown>;

describe("sensitive complaints in the Log Audit", () => {
  it("seals the complainant and the text for another reader, not for the PKMD, and leaves other complaints alone", async () => {
    const { db, input } = await world();
    const secret = await registerComplaint(db, receiver, input(true, "Rahsia binti Sulit"));
    await registerComplaint(db, receiver, input(false, "Terbuka bin Biasa"));
    await acknowledgeComplaint(db, pkmd, secret, { date: todayIn() });

    const forAdmin = await rowsOf(db, admin);
    const sealed = forAdmin.filter((r) => r.recordId === secret.id);
    expect(sealed).toHaveLength(2);
    for (const r of sealed) {
      const after = fieldsOf(r);
      for (const f of ["name", "contact", "description", "resolution"])
        expect(isSealed(after[f]), f).toBe(true);
      expect(JSON.stringify(r)).not.toContain("Rahsia");
      expect(JSON.stringify(r)).not.toContain("dipukul");
      // What is not personal stays readable: the number, the category, the dates.
      expect(after.refNo).toBe(secret.refNo);
    }
    const open = forAdmin.find((r) => r.recordId !== secret.id)!;
    expect(fieldsOf(open).name).toBe("Terbuka bin Biasa");

    const forPkmd = (await rowsOf(db, pkmd)).filter((r) => r.recordId === secret.id);
    for (const r of forPkmd) expect(fieldsOf(r).name).toBe("Rahsia binti Sulit");
  });

  it("shows the receiver their own complaint and keeps a change visible as a change", async () => {
    const { db, input } = await world();
    const secret = await registerComplaint(db, receiver, input(true, "Rahsia binti Sulit"));
    const [created] = (await rowsOf(db, pkmd)).filter((r) => r.recordId === secret.id);
    expect(fieldsOf(sealComplaintAudit(receiver, created!)).name).toBe("Rahsia binti Sulit");

    const edit: AuditRow = {
      ...created!,
      action: "update",
      before: created!.after,
      after: { ...(created!.after as object), description: "Teks lain yang juga sulit sekali." },
    };
    const seen = sealComplaintAudit(admin, edit);
    const before = seen.before as Record<string, unknown>;
    const after = seen.after as Record<string, unknown>;
    // Unchanged: the same marker on both sides (no change shown); changed: different markers.
    expect(before.name).toEqual(after.name);
    expect(before.description).not.toEqual(after.description);
    expect(isSealed(after.description)).toBe(true);
  });
});
