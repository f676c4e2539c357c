// Why: migration 16 must give the intakes and complaints already stored their list keys, so the PKMD's waiting
// follow-ups and the overdue count read through an index from the first day (a null is in no index).
import { describe, expect, it } from "vitest";
import { openAt } from "./open-at";

const meta = (id: string) => ({
  id,
  createdAt: "2026-11-02T01:00:00.000Z",
  createdBy: "u1",
  updatedAt: "2026-11-02T01:00:00.000Z",
  updatedBy: "u1",
  rev: 1,
  deletedAt: null,
});
const intake = (id: string, outcome: string, assignedSiteId: string | null) => ({
  ...meta(id),
  tourId: "t1",
  checkpointId: "cp1",
  personId: "p1",
  need: "Perlu bantuan makanan.",
  outcome,
  caseId: null,
  referralId: null,
  assignedSiteId,
});
const complaint = (id: string, receivedDate: string, resolvedDate: string | null) => ({
  ...meta(id),
  refNo: `ADU/2026/${id}`,
  tourId: "t1",
  checkpointId: "cp1",
  receivedDate,
  acknowledgedDate: null,
  resolvedDate,
});

describe("migration 0016 (kpn list keys)", () => {
  it("keys the waiting intakes and the unresolved complaints, leaving every other field as it was", async () => {
    const name = `m16-${Math.random()}`;
    const v15 = await openAt(name, 15);
    const intakes = [
      intake("i-wait", "susulan", null),
      intake("i-given", "susulan", "s1"),
      intake("i-case", "kes", "s1"),
    ];
    const complaints = [
      complaint("0001", "2026-11-02", null),
      complaint("0002", "2026-11-03", "2026-11-05"),
      complaint("0003", "2026-11-20", null),
    ];
    await v15.table("intakes").bulkAdd(intakes);
    await v15.table("complaints").bulkAdd(complaints);
    v15.close();

    const db = await openAt(name, 16);
    expect(db.verno).toBe(16);
    expect(await db.table("intakes").get("i-wait")).toEqual({ ...intakes[0], awaitingKey: 1 });
    expect(await db.table("intakes").get("i-given")).toEqual({ ...intakes[1], awaitingKey: null });
    expect(await db.table("intakes").where("awaitingKey").equals(1).primaryKeys()).toEqual(["i-wait"]);
    expect(await db.table("complaints").get("0002")).toEqual({ ...complaints[1], openKey: null });
    expect(await db.table("complaints").where("openKey").below("2026-11-21").primaryKeys()).toEqual([
      "0001",
      "0003",
    ]);
    db.close();
  });
});
