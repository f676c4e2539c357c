// Why: migration 22 must add this PC's hub link and transfers table, kept on this PC only, and keep what was stored.
import { describe, expect, it } from "vitest";
import { travels } from "../../../renderer/db/exchange/tables";
import { openAt } from "./open-at";

describe("migration 0022 (hub sync)", () => {
  it("adds hubSync, which never travels, and leaves the stages as they were", async () => {
    const name = `m22-${Math.random()}`;
    const v21 = await openAt(name, 21);
    const stage = { id: "tahap:s1:2026-IV", siteId: "s1", stageId: "2026-IV" };
    await v21.table("pkhStages").add(stage);
    v21.close();

    const db = await openAt(name, 22);
    expect(db.verno).toBe(22);
    expect(travels("hubSync")).toBe(false);
    await db.table("hubSync").put({ id: "link", address: "https://10.0.0.5:8443" });
    expect(await db.table("hubSync").get("link")).toMatchObject({ address: "https://10.0.0.5:8443" });
    expect(await db.table("pkhStages").get(stage.id)).toEqual(stage);
    db.close();
  });
});
