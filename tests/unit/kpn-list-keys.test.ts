// Why: the PKMD's waiting "perlu susulan" intakes and the overdue complaints are read through keys kept on every write
// (IndexedDB leaves a null out of every index), never by going through the whole table.
import type { DBCore, Middleware } from "dexie";
import { describe, expect, it } from "vitest";
import { AppDB } from "../../renderer/db/app-db";
import { loadDemo } from "../../renderer/db/demo";
import {
  complaintsRepo,
  overdueComplaintCount,
  resolveComplaint,
  complaintsWithState,
} from "../../renderer/db/repositories/kpn/complaints";
import { assignFollowUp, unassignedFollowUps } from "../../renderer/db/repositories/kpn/intake-assign";
import { intakesRepo } from "../../renderer/db/repositories/kpn/intakes";
import { addDays, todayIn } from "../../shared/domain/dates";
import { AWAITING, complaintKeys, intakeKeys } from "../../shared/domain/kpn/list-keys";
import { actor, FAST_ITERATIONS } from "./helpers";

const pkmd = actor("pkmd", [], "u-pkmd-keys");

describe("list keys (pure)", () => {
  it("keys a perlu susulan intake only while no site has it", () => {
    expect(intakeKeys({ outcome: "susulan", assignedSiteId: null })).toEqual({ awaitingKey: AWAITING });
    expect(intakeKeys({ outcome: "susulan", assignedSiteId: "s1" })).toEqual({ awaitingKey: null });
    expect(intakeKeys({ outcome: "kes", assignedSiteId: null })).toEqual({ awaitingKey: null });
  });

  it("keys an unresolved complaint by the day it was received", () => {
    expect(complaintKeys({ receivedDate: "2026-11-20", resolvedDate: null })).toEqual({
      openKey: "2026-11-20",
    });
    expect(complaintKeys({ receivedDate: "2026-11-20", resolvedDate: "2026-11-24" })).toEqual({
      openKey: null,
    });
  });
});

/** Which index each read of `tables` went through ("" for the primary key, i.e. the whole table). */
function readLog(tables: string[]): { log: string[]; middleware: Middleware<DBCore> } {
  const log: string[] = [];
  const middleware: Middleware<DBCore> = {
    stack: "dbcore",
    name: "read-log",
    create: (down) => ({
      ...down,
      table(name) {
        const t = down.table(name);
        if (!tables.includes(name)) return t;
        return {
          ...t,
          query: (req) => (log.push(`${name}:${req.query.index.name}`), t.query(req)),
          openCursor: (req) => (log.push(`${name}:${req.query.index.name}`), t.openCursor(req)),
          count: (req) => (log.push(`${name}:${req.query.index.name}`), t.count(req)),
        };
      },
    }),
  };
  return { log, middleware };
}

async function demo() {
  const db = new AppDB(`keys-${Math.random().toString(36).slice(2)}`);
  const reads = readLog(["intakes", "complaints"]);
  db.use(reads.middleware);
  await loadDemo(db, FAST_ITERATIONS);
  reads.log.length = 0;
  return { db, log: reads.log };
}

describe("the waiting follow-ups", () => {
  it("are keyed in the demo, read through awaitingKey, and leave the index when assigned", async () => {
    const { db, log } = await demo();
    const demoRows = await db.intakes.toArray();
    for (const i of demoRows) expect(i.awaitingKey).toBe(intakeKeys(i).awaitingKey);
    log.length = 0;
    const waiting = await unassignedFollowUps(db, pkmd);
    expect(waiting).toHaveLength(1);
    expect(log).toEqual(["intakes:awaitingKey"]);

    const site = (await db.sites.toArray())[0]!;
    const assigned = await assignFollowUp(db, pkmd, waiting[0]!.intake.id, waiting[0]!.intake.rev, {
      siteId: site.id,
    });
    expect(assigned.awaitingKey).toBeNull();
    expect((await db.intakes.get(assigned.id))!.awaitingKey).toBeNull();
    expect(await unassignedFollowUps(db, pkmd)).toEqual([]);
  });

  it("keeps the key on the repository's own writes", async () => {
    const { db } = await demo();
    const [waiting] = await unassignedFollowUps(db, pkmd);
    const site = (await db.sites.toArray())[0]!;
    const {
      id,
      createdAt: _c,
      createdBy: _b,
      updatedAt: _u,
      updatedBy: _ub,
      rev,
      deletedAt: _d,
      ...fields
    } = waiting!.intake;
    const updated = await intakesRepo(db).update(pkmd, id, rev, { ...fields, assignedSiteId: site.id });
    expect(updated.awaitingKey).toBeNull();
    expect(await db.intakes.where("awaitingKey").equals(AWAITING).count()).toBe(0);
  });
});

describe("the overdue count", () => {
  it("reads only the open complaints received before today, through openKey, and a resolved one leaves it", async () => {
    const { db, log } = await demo();
    const all = await complaintsWithState(db, pkmd);
    for (const { complaint } of all) expect(complaint.openKey).toBe(complaintKeys(complaint).openKey);
    const far = addDays(todayIn(), 60);
    const expected = (await complaintsWithState(db, pkmd, far)).filter((r) => r.status === "lewat").length;
    expect(expected).toBeGreaterThan(0);
    log.length = 0;
    expect(await overdueComplaintCount(db, pkmd, far)).toBe(expected);
    expect(log).toEqual(["complaints:openKey"]);

    const open = all.find((r) => !r.complaint.resolvedDate)!.complaint;
    const resolved = await resolveComplaint(db, pkmd, open, {
      date: todayIn(),
      resolution: "Masalah telah diselesaikan bersama pihak pengurusan.",
    });
    expect(resolved.openKey).toBeNull();
    expect((await complaintsRepo(db).get(pkmd, open.id)).openKey).toBeNull();
    expect(await overdueComplaintCount(db, pkmd, far)).toBe(expected - 1);
  });
});
