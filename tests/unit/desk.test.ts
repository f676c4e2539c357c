// Why: the PKMD desk's figures for each site equal what the screens they link to count (register, weekly board,
// investigations awaiting a decision, programmes), on generated data; the pack and each PC's last exchange and backup.
import { describe, expect, it } from "vitest";
import { backupState, desk, deskMonthOf } from "../../renderer/db/desk";
import { awaitingDecision } from "../../renderer/db/investigation-list";
import { registerCount } from "../../renderer/db/register";
import { overdueComplaintCount } from "../../renderer/db/repositories/kpn/complaints";
import { dueReferrals } from "../../renderer/db/repositories/referrals";
import { programmesInMonth } from "../../renderer/features/ppr/program/queries";
import { monthRange } from "../../renderer/features/ppr/program/month";
import { addDays, todayIn } from "../../shared/domain/dates";
import { packIdOf } from "../../shared/domain/monthly-pack";
import { OFFICE_ID } from "../../shared/domain/office";
import { seededRng } from "../../shared/demo/random";
import { actor, freshDb } from "./helpers";

const SITES = ["s1", "s2", "s3"];
const pkmd = actor("pkmd");
/** A record's metadata, made and last changed at `at` by `by`. */
const metaAt = (at: string, by = "u") => ({
  createdAt: at,
  createdBy: by,
  updatedAt: at,
  updatedBy: by,
  rev: 1,
  deletedAt: null as string | null,
});

/** A district of three sites with records made over the last 100 days, consistent as the app writes them. */
async function district(seed: number) {
  const db = freshDb();
  const rng = seededRng(seed);
  const today = todayIn();
  let n = 0;
  const id = (p: string) => `${p}${String(++n).padStart(5, "0")}`;
  const back = (max: number) => addDays(today, -rng.int(0, max));
  const meta = (deleted = rng.chance(0.08)) => ({
    ...metaAt("2026-01-01T00:00:00.000Z"),
    deletedAt: deleted ? "2026-06-01T00:00:00.000Z" : null,
  });
  await db.office.put({ id: OFFICE_ID, officeName: "PKMD", createdAt: "2026-01-01T00:00:00.000Z" } as never);
  await db.sites.bulkAdd(
    SITES.map((s, i) => ({ id: s, code: `K${i}`, name: `PPR ${s}`, ...meta(false) })) as never,
  );
  const persons = Array.from({ length: 40 }, () => ({
    id: id("p"),
    ...meta(false),
    siteId: rng.pick(SITES),
    sex: rng.pick(["L", "P"] as const),
    name: "Orang",
  }));
  const cases = Array.from({ length: 160 }, () => ({
    id: id("c"),
    ...meta(),
    recordNo: id("R"),
    siteId: rng.pick(SITES),
    personId: rng.pick(persons).id,
    date: back(100),
    targetGroup: rng.pick(["warga-emas", "oku", "ibu-tunggal"]),
    service: rng.pick(["nasihat", "rujukan"]),
    status: rng.pick(["baru", "dalam-tindakan", "dirujuk", "selesai"] as const),
    followUpDate: "",
    officerId: "u",
  }));
  const referrals = Array.from({ length: 90 }, () => {
    const c = rng.pick(cases);
    const date = addDays(c.date, rng.int(0, 10)) > today ? today : addDays(c.date, rng.int(0, 10));
    const checks = Array.from({ length: rng.int(0, 3) }, () => {
      const d = addDays(date, rng.int(0, 40));
      return d > today ? today : d;
    }).sort();
    const closed = rng.chance(0.35);
    const closedDate = closed ? (checks.at(-1) ?? date) : null;
    return { c, date, checks, closedDate, deleted: rng.chance(0.08) };
  });
  await db.persons.bulkAdd(persons as never);
  await db.cases.bulkAdd(cases as never);
  await db.referrals.bulkAdd(
    referrals.map((r, i) => ({
      id: `r${String(i).padStart(4, "0")}`,
      ...meta(r.deleted),
      caseId: r.c.id,
      siteId: r.c.siteId,
      organisationId: "o",
      reason: "Rujukan",
      date: r.date,
      officerId: "u",
      status: r.closedDate ? "ditutup" : "terbuka",
      lastCheckDate: r.checks.at(-1) ?? null,
      closedDate: r.closedDate,
      outcome: "",
    })) as never,
  );
  await db.statusChecks.bulkAdd(
    referrals.flatMap((r, i) =>
      r.checks.map((date) => ({
        id: id("k"),
        ...meta(false),
        referralId: `r${String(i).padStart(4, "0")}`,
        siteId: r.c.siteId,
        date,
        contactMade: true,
        response: "Ok",
        nextStep: "",
      })),
    ) as never,
  );
  await db.investigations.bulkAdd(
    Array.from({ length: 30 }, () => {
      const c = rng.pick(cases);
      const status = rng.pick(["draf", "dihantar", "diputuskan"] as const);
      return {
        id: id("i"),
        ...meta(),
        caseId: c.id,
        siteId: c.siteId,
        date: c.date,
        status,
        submittedAt: status === "draf" ? null : `${c.date}T03:00:00.000Z`,
        recommendation: "lulus",
      };
    }) as never,
  );
  await db.programmes.bulkAdd(
    Array.from({ length: 25 }, () => {
      const startDate = back(90);
      return {
        id: id("g"),
        ...meta(),
        siteId: rng.pick(SITES),
        title: "Program",
        startDate,
        endDate: addDays(startDate, rng.int(0, 40)),
      };
    }) as never,
  );
  return { db, today };
}

describe("PKMD desk", () => {
  for (const seed of [3, 17, 42])
    it(`counts per site what the register, the weekly board, the inbox and the programmes show (seed ${seed})`, async () => {
      const { db, today } = await district(seed);
      for (const month of [deskMonthOf(today), today.slice(0, 7)]) {
        const d = await desk(db, pkmd, month, today);
        expect(d.rows.map((r) => r.site.code)).toEqual(["K0", "K1", "K2"]);
        const due = await dueReferrals(db, pkmd, today);
        const inbox = await awaitingDecision(db, pkmd, today);
        const { start, end } = monthRange(month);
        for (const row of d.rows) {
          const s = row.site.id;
          const live = await db.referrals
            .where("[siteId+status]")
            .equals([s, "terbuka"])
            .filter((r) => !r.deletedAt)
            .toArray();
          const liveCases = await db.cases.bulkGet(live.map((r) => r.caseId));
          expect(row.figures, `seed ${seed} ${month} ${s}`).toEqual({
            cases: await registerCount(db, pkmd, { siteIds: [s], from: start, to: end }),
            openReferrals: liveCases.filter((c) => c && !c.deletedAt).length,
            overdueChecks: due.filter((r) => r.state === "overdue" && r.caseRecord.siteId === s).length,
            awaitingDecision: inbox.filter((r) => r.record.siteId === s).length,
            programmes: (await programmesInMonth(db, pkmd, s, month)).length,
          });
        }
        expect(d.totals.cases).toBe(await registerCount(db, pkmd, { siteIds: null, from: start, to: end }));
        expect(d.totals.overdueChecks).toBe(due.filter((r) => r.state === "overdue").length);
        expect(d.totals.awaitingDecision).toBe(inbox.length);
        expect(d.complaintsOverdue).toBe(await overdueComplaintCount(db, pkmd, today));
      }
      // Some figures are not all zero (the data means something).
      const d = await desk(db, pkmd, today.slice(0, 7), today);
      expect(d.totals.cases * d.totals.openReferrals * d.totals.overdueChecks).toBeGreaterThan(0);
    });

  it("shows each site's pack for the month, and its PCs with the last file taken from them and their backup", async () => {
    const { db, today } = await district(5);
    const month = deskMonthOf(today);
    await db.monthlyPacks.put({
      id: packIdOf("s2", month),
      siteId: "s2",
      month,
      status: "dihantar",
      round: 2,
      sentOn: "2026-11-03",
      documents: [],
      preparedBy: { id: "u", name: "Aminah", jawatan: "PPK" },
      signedBy: null,
      history: [],
      ...metaAt("2026-11-03T01:00:00.000Z"),
    } as never);
    const pc = (id: string, number: number, scopes: "all" | string[]) => ({
      id,
      number,
      name: `PC ${id}`,
      scopes,
      joinedAt: "2026-10-01T00:00:00.000Z",
    });
    await db.office.update(OFFICE_ID, {
      pcs: [pc("pc-pkmd", 0, "all"), pc("pc-s1", 1, ["s1"]), pc("pc-s2", 2, ["s2", "s3"])],
    });
    await db.table("exchange").put({ id: "book", pc: "pc-pkmd", lastSeq: 0, holds: {}, peers: {} });
    await db.table("exchange").put({
      id: "contacts",
      peers: { "pc-s1": { receivedAt: "2026-11-17T02:30:00.000Z" } },
      day: "",
      written: 0,
    });
    const report = (pcId: string, at: string, failed: string | null) => ({
      id: pcId,
      name: `Komputer ${pcId}`,
      number: 1,
      siteIds: null,
      lastBackup: { at, fileName: "f.rkb", bytes: 10 },
      lastFailure: failed ? { at: failed, problem: "e.backup.failed" } : null,
      reportedAt: at,
      ...metaAt(at, "system"),
    });
    await db.pcReports.bulkPut([
      report("pc-s1", `${addDays(today, -2)}T01:00:00.000Z`, null),
      report("pc-s2", `${addDays(today, -9)}T01:00:00.000Z`, null),
    ]);
    const d = await desk(db, pkmd, month, today);
    const [s1, s2, s3] = d.rows;
    expect(s1!.pack).toBeNull();
    expect(s2!.pack).toEqual({
      id: packIdOf("s2", month),
      status: "dihantar",
      round: 2,
      sentOn: "2026-11-03",
    });
    expect(s1!.pcs).toEqual([
      expect.objectContaining({
        id: "pc-s1",
        name: "Komputer pc-s1",
        receivedAt: "2026-11-17T02:30:00.000Z",
        backup: "ok",
      }),
    ]);
    expect(s2!.pcs).toEqual([expect.objectContaining({ id: "pc-s2", receivedAt: null, backup: "old" })]);
    expect(s3!.pcs.map((p) => p.id)).toEqual(["pc-s2"]);
    // The PKMD's own PC (all sites) is no site's PC.
    expect(d.rows.flatMap((r) => r.pcs).some((p) => p.id === "pc-pkmd")).toBe(false);
  });

  it("warns of a backup none, old or failed since", () => {
    const today = todayIn();
    const at = (days: number) => `${addDays(today, -days)}T01:00:00.000Z`;
    const ok = { at: at(1), fileName: "f", bytes: 1 };
    expect(backupState(null, today)).toBe("none");
    expect(backupState({ lastBackup: null, lastFailure: null, reportedAt: at(0) }, today)).toBe("none");
    expect(backupState({ lastBackup: ok, lastFailure: null, reportedAt: at(0) }, today)).toBe("ok");
    expect(
      backupState({ lastBackup: { ...ok, at: at(7) }, lastFailure: null, reportedAt: at(0) }, today),
    ).toBe("ok");
    expect(
      backupState({ lastBackup: { ...ok, at: at(8) }, lastFailure: null, reportedAt: at(0) }, today),
    ).toBe("old");
    expect(
      backupState({ lastBackup: ok, lastFailure: { at: at(0), problem: "x" }, reportedAt: at(0) }, today),
    ).toBe("failed");
  });
});
