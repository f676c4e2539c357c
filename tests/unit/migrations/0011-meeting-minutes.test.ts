// Why: migration 11 must keep every meeting and action item, giving old meetings an empty start time and decisions
// and old action items an officer as owner, without touching what a newer record already holds.
import { describe, expect, it } from "vitest";
import { openAt } from "./open-at";

describe("migration 0011 (meeting minutes)", () => {
  it("gives old meetings an empty time and decisions and old action items an officer owner", async () => {
    const name = `m11-${Math.random()}`;
    const v10 = await openAt(name, 10);
    const meeting = { id: "M1", siteId: "s1", date: "2026-03-02", venue: "Dewan", agenda: "", minutes: "" };
    await v10
      .table("meetings")
      .bulkAdd([meeting, { ...meeting, id: "M2", time: "20:30", decisions: "Setuju" }]);
    await v10.table("actionItems").bulkAdd([
      { id: "A1", meetingId: "M1", siteId: "s1", ownerId: "U1", status: "belum" },
      { id: "A2", meetingId: "M1", siteId: "s1", ownerId: "S9", ownerKind: "pihak", status: "belum" },
    ]);
    v10.close();
    const db = await openAt(name, 11);
    expect(db.verno).toBe(11);
    expect(await db.table("meetings").get("M1")).toEqual({ ...meeting, time: "", decisions: "" });
    expect(await db.table("meetings").get("M2")).toMatchObject({ time: "20:30", decisions: "Setuju" });
    expect(await db.table("actionItems").get("A1")).toMatchObject({ ownerKind: "pengguna", ownerId: "U1" });
    expect(await db.table("actionItems").get("A2")).toMatchObject({ ownerKind: "pihak", ownerId: "S9" });
    // The owner's index still finds an officer's open items.
    expect(await db.table("actionItems").where("[ownerId+status]").equals(["U1", "belum"]).count()).toBe(1);
    db.close();
  });
});
