// Why: migration 15 must give every directory entry its review key, so "Perlu disemak" reads never-confirmed and stale
// entries through one index range (a null confirmation date is in no index).
import { describe, expect, it } from "vitest";
import { openAt } from "./open-at";

const org = (id: string, confirmedAt: string | null) => ({
  id,
  createdAt: "2026-01-05T01:00:00.000Z",
  createdBy: "u1",
  updatedAt: "2026-01-05T01:00:00.000Z",
  updatedBy: "u1",
  rev: 1,
  deletedAt: null,
  name: `Pertubuhan ${id}`,
  kind: "ngo",
  phone: "",
  confirmedAt,
});

describe("migration 0015 (direktori semak)", () => {
  it("keys every entry by its confirmation date, never-confirmed first, and leaves the rest as it was", async () => {
    const name = `m15-${Math.random()}`;
    const v14 = await openAt(name, 14);
    const rows = [org("org-new", "2026-10-01"), org("org-never", null), org("org-old", "2024-03-02")];
    await v14.table("organisations").bulkAdd(rows);
    v14.close();

    const db = await openAt(name, 15);
    expect(db.verno).toBe(15);
    expect(await db.table("organisations").get("org-never")).toEqual({ ...rows[1], reviewKey: "" });
    expect(await db.table("organisations").where("reviewKey").below("2025-11-18").primaryKeys()).toEqual([
      "org-never",
      "org-old",
    ]);
    db.close();
  });
});
