// Why: sensitive records leave a trace when opened, the audit screen filters by user, action and dates, and the first-run setup is logged.
import { describe, expect, it } from "vitest";
import { listAudit, idRangeOf } from "../../renderer/db/audit-log";
import { loadDemo } from "../../renderer/db/demo";
import { recordSensitiveView, SENSITIVE_TARGET_GROUP } from "../../renderer/db/sensitive-view";
import { setupOffice } from "../../renderer/db/setup";
import { toActor } from "../../renderer/db/repositories/users";
import { casesRepo } from "../../renderer/db/repositories/cases";
import { demoOffice } from "../../shared/demo/sites";
import { ulid } from "ulid";
import { newId } from "../../shared/ids";
import { actor, FAST_ITERATIONS, freshDb } from "./helpers";

async function demoWorld() {
  const db = freshDb();
  await loadDemo(db, FAST_ITERATIONS);
  const users = await db.users.toArray();
  const of = (role: string) => toActor(users.find((u) => u.role === role && !u.disabled)!);
  return { db, pkmd: of("pkmd"), ppk: of("ppk"), observer: of("pemerhati"), admin: of("pentadbir") };
}

describe("opening a sensitive record", () => {
  it("records who viewed which domestic-violence case, person and investigation; ordinary records are not logged", async () => {
    const { db, pkmd, observer } = await demoWorld();
    const cases = await db.cases.toArray();
    const kdrt = cases.find((c) => c.targetGroup === SENSITIVE_TARGET_GROUP && !c.deletedAt)!;
    const plain = cases.find(
      (c) =>
        c.targetGroup !== SENSITIVE_TARGET_GROUP &&
        !cases.some((o) => o.personId === c.personId && o.targetGroup === SENSITIVE_TARGET_GROUP),
    )!;
    expect(await recordSensitiveView(db, observer, "cases", kdrt.id)).toBe(true);
    expect(await recordSensitiveView(db, pkmd, "persons", kdrt.personId)).toBe(true);
    expect(await recordSensitiveView(db, pkmd, "cases", plain.id)).toBe(false);
    expect(await recordSensitiveView(db, pkmd, "persons", plain.personId)).toBe(false);
    // An investigation of a sensitive case is sensitive too.
    await db.investigations.add({
      ...(await db.investigations.toCollection().first())!,
      id: newId(),
      caseId: kdrt.id,
      siteId: kdrt.siteId,
    });
    const inv = (await db.investigations.where("caseId").equals(kdrt.id).first())!;
    expect(await recordSensitiveView(db, pkmd, "investigations", inv.id)).toBe(true);
    const views = await db.audit.where("[action+id]").between(["view", ""], ["view", "\uffff"]).toArray();
    expect(views.map((v) => [v.actorId, v.table, v.recordId])).toEqual([
      [observer.userId, "cases", kdrt.id],
      [pkmd.userId, "persons", kdrt.personId],
      [pkmd.userId, "investigations", inv.id],
    ]);
    expect(views[0]).toMatchObject({ label: kdrt.recordNo, at: expect.any(String) });
  });

  it("logs the opening of a case the officer flagged sensitive through the case form's field", async () => {
    const { db, pkmd } = await demoWorld();
    const cases = await db.cases.toArray();
    const plain = cases.find((c) => c.targetGroup !== SENSITIVE_TARGET_GROUP && !c.deletedAt)!;
    expect(await recordSensitiveView(db, pkmd, "cases", plain.id)).toBe(false);
    const {
      id: _i,
      createdAt: _c,
      createdBy: _cb,
      updatedAt: _u,
      updatedBy: _ub,
      rev,
      deletedAt: _d,
      ...input
    } = plain;
    const { recordNo: _n, year: _y, seq: _s, ...fields } = input;
    const flagged = await casesRepo(db).update(pkmd, plain.id, rev, { ...fields, sensitive: true });
    expect(flagged.sensitive).toBe(true);
    expect(await recordSensitiveView(db, pkmd, "cases", plain.id)).toBe(true);
  });

  it("keeps a PPK out of another site's sensitive case without logging a view", async () => {
    const { db } = await demoWorld();
    const kdrt = (await db.cases.toArray()).find((c) => c.targetGroup === SENSITIVE_TARGET_GROUP)!;
    const outsider = actor("ppk", ["another-site"]);
    await expect(recordSensitiveView(db, outsider, "cases", kdrt.id)).rejects.toMatchObject({
      key: "e.forbidden",
    });
    expect(
      await db.audit
        .where("[actorId+id]")
        .between([outsider.userId, ""], [outsider.userId, "\uffff"])
        .count(),
    ).toBe(0);
  });
});

describe("the audit screen's filters", () => {
  it("filters by user, action and days (office time) through the indexes, newest first", async () => {
    const db = freshDb();
    const at = (iso: string) => Date.parse(iso);
    const row = (who: string, action: string, iso: string, table = "cases") => ({
      id: ulid(at(iso)),
      at: iso,
      actorId: who,
      actorName: who,
      action,
      table,
      recordId: "r",
      label: "r",
      before: null,
      after: null,
    });
    await db.audit.bulkAdd([
      row("a", "view", "2026-11-01T15:59:00.000Z"), // 1 Nov 23:59 in Malaysia
      row("a", "view", "2026-11-01T16:00:00.000Z"), // 2 Nov 00:00
      row("b", "view", "2026-11-02T03:00:00.000Z"),
      row("a", "update", "2026-11-03T03:00:00.000Z"),
      row("a", "view", "2026-11-04T03:00:00.000Z", "persons"),
    ]);
    const pkmd = actor("pkmd");
    const list = (q: object) => listAudit(db, pkmd, { offset: 0, limit: 10, ...q });
    const times = async (q: object) => (await list(q)).rows.map((r) => r.at.slice(0, 13));
    expect(await times({ actorId: "a" })).toEqual([
      "2026-11-04T03",
      "2026-11-03T03",
      "2026-11-01T16",
      "2026-11-01T15",
    ]);
    expect(await times({ action: "view", from: "2026-11-02", to: "2026-11-02" })).toEqual([
      "2026-11-02T03",
      "2026-11-01T16",
    ]);
    expect(await times({ actorId: "a", action: "view", to: "2026-11-01" })).toEqual(["2026-11-01T15"]);
    expect(await times({ actorId: "a", table: "persons" })).toEqual(["2026-11-04T03"]);
    expect((await list({ from: "2026-11-03" })).total).toBe(2);
    expect(idRangeOf()).toEqual(["", "\uffff"]);
    await expect(listAudit(db, actor("ppk", ["s"]), { offset: 0, limit: 1 })).rejects.toMatchObject({
      key: "e.forbidden",
    });
  });
});

describe("first-run setup", () => {
  it("is itself in the audit log", async () => {
    const db = freshDb();
    const admin = await setupOffice(
      db,
      demoOffice,
      { name: "Nurul Huda", username: "huda", password: "Kuat#Sekali2026", confirm: "Kuat#Sekali2026" },
      FAST_ITERATIONS,
    );
    const rows = await db.audit.toArray();
    expect(rows[0]).toMatchObject({ action: "setup", table: "office", actorId: admin.id });
  });
});
