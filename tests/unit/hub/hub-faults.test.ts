// Why: the hub keeps its word when things go wrong: a link cut mid-batch, a hub killed and restarted, a PC switched
// off before it applied what it pulled, a PC whose clock is a day out, and a hostile PC sending other sites' changes,
// a raised role, garbage or oversized pieces: nothing lost, nothing doubled, the others served throughout.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppDB } from "../../../renderer/db/app-db";
import { connectHub, syncRound, type HubTransport } from "../../../renderer/db/hub/sync";
import { PUSH_ID, pullPieces } from "../../../renderer/db/hub/link";
import { personsRepo } from "../../../renderer/db/repositories/persons";
import { encodeArchive } from "../../../shared/backup/archive";
import { sha256Hex } from "../../../shared/backup/bytes";
import { gzip } from "../../../shared/backup/envelope";
import { HUB_API, MAX_CHUNK, type HubSession } from "../../../shared/hub/protocol";
import { openHub } from "../../../server/hub";
import { memoryLog } from "../../../server/log";
import { personInput } from "../helpers";
import {
  ADMIN_PASSWORD,
  AMINAH_PASSWORD,
  APP,
  BAKAR_PASSWORD,
  freePgPort,
  joinedPc,
  officePc,
  removeHub,
  startTestHub,
  transport,
  failure,
  type TestHub,
} from "./hub-harness";

let hub: TestHub;
const pgPort = freePgPort();
beforeAll(async () => {
  hub = await startTestHub(undefined, pgPort);
}, 60_000);
afterAll(async () => {
  await removeHub(hub);
});

const where = () => ({ address: hub.address, fingerprint: hub.tls.fingerprint });

/** Residents with varied text (so the batch does not shrink to one piece when zipped). */
function residents(siteId: string, n: number, from = 0) {
  return Array.from({ length: n }, (_, i) =>
    personInput(siteId, {
      name: `Penduduk ${from + i} ${Array.from({ length: 5 }, () => Math.random().toString(36).slice(2)).join(" ")}`,
      docType: "none",
      docNo: "",
      noDocReason: "tidak-diketahui",
      occupation: Array.from({ length: 4 }, () => Math.random().toString(36).slice(2)).join(" "),
      unit: `A-${String(from + i).padStart(4, "0")}`,
    }),
  );
}

/** How many versions of `table` the hub holds, by record id (a doubled version would show as a count of 2). */
async function hubCounts(table: string): Promise<Map<string, number>> {
  const { rows } = await hub.pool.query<{ id: string; n: string }>(
    "SELECT id, count(*) AS n FROM versions WHERE tbl = $1 GROUP BY id",
    [table],
  );
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** A transport that loses the link after `okCalls` calls of `kind` (the request reached the hub; its answer did not). */
function cutAfter(kind: (path: string, method: string) => boolean, okCalls: number) {
  let seen = 0;
  const calls: string[] = [];
  const t: HubTransport = async (args) => {
    const reply = await transport(args);
    if (kind(args.path, args.method)) {
      calls.push(args.path);
      seen += 1;
      if (seen === okCalls + 1) throw new Error("host.hubUnreachable");
    }
    return reply;
  };
  return { t, calls };
}

describe("the hub when things go wrong", () => {
  let office: Awaited<ReturnType<typeof officePc>>;
  let b: AppDB;
  let c: AppDB;
  let sessions: Record<"a" | "b" | "c", HubSession>;

  it("resumes a push cut mid-way from where the hub stands: no piece applied twice, nothing lost", async () => {
    office = await officePc();
    b = await joinedPc(office.a, office.admin, "PC PPR Seri Pahang", [office.sph.id]);
    c = await joinedPc(office.a, office.admin, "PC PPR Taman Putra Damai", [office.tpd.id]);
    const a = await connectHub(office.a, transport, office.admin, {
      ...where(),
      password: ADMIN_PASSWORD,
      claimCode: hub.claimCode,
    });
    await syncRound(office.a, transport, a, APP.schemaVersion);
    sessions = {
      a,
      b: await connectHub(b, transport, office.aminah, { ...where(), password: AMINAH_PASSWORD }),
      c: await connectHub(c, transport, office.bakar, { ...where(), password: BAKAR_PASSWORD }),
    };
    await syncRound(b, transport, sessions.b, APP.schemaVersion);
    const made = await personsRepo(b).createMany(office.aminah, residents(office.sph.id, 3000));
    const isPiece = (path: string, method: string) => method === "PUT" && path.includes("/push/");
    const cut = cutAfter(isPiece, 1);
    expect(await failure(syncRound(b, cut.t, sessions.b, APP.schemaVersion))).toBe("host.hubUnreachable");
    const pending = await b.hubSync.get(PUSH_ID);
    expect(pending).toBeTruthy();
    const pieces = Math.ceil((pending as { bytes: Uint8Array }).bytes.byteLength / MAX_CHUNK);
    expect(pieces).toBeGreaterThan(2);
    // The second piece reached the hub though its answer was lost: the resumed push starts after it.
    const resumed = cutAfter(isPiece, 1000);
    const round = await syncRound(b, resumed.t, sessions.b, APP.schemaVersion);
    expect(resumed.calls.length).toBe(pieces - 2);
    expect(round.pushed).toBeGreaterThanOrEqual(3000);
    const counts = await hubCounts("persons");
    expect(made.every((p) => counts.get(p.id) === 1)).toBe(true);
    await syncRound(office.a, transport, sessions.a, APP.schemaVersion);
    expect(await office.a.persons.where("siteId").equals(office.sph.id).count()).toBeGreaterThanOrEqual(3000);
  }, 120_000);

  it("survives the hub killed mid-batch and restarted: the PC resumes, nothing lost or doubled", async () => {
    await personsRepo(b).createMany(office.aminah, residents(office.sph.id, 1200, 5000));
    const port = hub.port;
    const isPiece = (path: string, method: string) => method === "PUT" && path.includes("/push/");
    // The hub is killed while the PC is sending: its service and connections go, PostgreSQL stays.
    const killing = cutAfter(isPiece, 1000);
    const t: HubTransport = async (args) => {
      if (isPiece(args.path, args.method) && killing.calls.length === 2) {
        await hub.close();
        await hub.pool.end();
      }
      return killing.t(args);
    };
    expect(await failure(syncRound(b, t, sessions.b, APP.schemaVersion))).toBe("host.hubUnreachable");
    const log = memoryLog();
    const again = await openHub({ dataDir: hub.dir, port, host: "127.0.0.1", pgPort, log });
    hub = { ...again, dir: hub.dir, log, address: hub.address };
    const round = await syncRound(b, transport, sessions.b, APP.schemaVersion);
    expect(round.pushed).toBeGreaterThanOrEqual(1200);
    const counts = await hubCounts("persons");
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(await b.persons.count()).toBe(
      Number(
        (
          await hub.pool.query<{ n: string }>(
            "SELECT count(*) AS n FROM versions WHERE tbl = 'persons' AND scope = $1",
            [office.sph.id],
          )
        ).rows[0]!.n,
      ),
    );
  }, 120_000);

  it("resumes a pull after the PC was switched off while taking it in, from the pieces it kept", async () => {
    const before = await office.a.persons.count();
    const name = office.a.name;
    let gets = 0;
    const t: HubTransport = async (args) => {
      const reply = await transport(args);
      if (args.method === "GET" && args.path.includes("/pull/")) {
        gets += 1;
        // The last piece is arriving: the PC goes off before it is kept and the batch merged.
        if (reply.bytes && reply.bytes.byteLength < MAX_CHUNK) office.a.close();
      }
      return reply;
    };
    await expect(syncRound(office.a, t, sessions.a, APP.schemaVersion)).rejects.toThrow();
    expect(gets).toBeGreaterThan(0);
    const restarted = new AppDB(name);
    expect(gets).toBeGreaterThan(1);
    expect((await pullPieces(restarted)).length).toBe(gets - 1);
    let fetched = 0;
    const counting: HubTransport = async (args) => {
      if (args.method === "GET") fetched += 1;
      return transport(args);
    };
    await syncRound(restarted, counting, sessions.a, APP.schemaVersion);
    // Only the piece that was never kept is fetched again.
    expect(fetched).toBe(1);
    expect(await restarted.persons.count()).toBe(before + 1200);
    expect((await pullPieces(restarted)).length).toBe(0);
    office.a = restarted;
  }, 120_000);

  it("gives the same result when one PC's clock is a day ahead: the later edit in fact wins, not the later clock", async () => {
    const person = (await personsRepo(b).createMany(office.aminah, residents(office.sph.id, 1, 9000)))[0]!;
    await syncRound(b, transport, sessions.b, APP.schemaVersion);
    await syncRound(office.a, transport, sessions.a, APP.schemaVersion);
    // The office PC's clock runs a day ahead when it edits first.
    const real = Date.now();
    vi.setSystemTime(real + 86_400_000);
    const onA = (await office.a.persons.get(person.id))!;
    await personsRepo(office.a).update(office.admin, person.id, onA.rev, { ...onA, occupation: "Peniaga" });
    vi.setSystemTime(real);
    await syncRound(office.a, transport, sessions.a, APP.schemaVersion);
    await syncRound(b, transport, sessions.b, APP.schemaVersion);
    // The site's PC, a day "earlier", edits after it saw that edit.
    const onB = (await b.persons.get(person.id))!;
    expect(onB.occupation).toBe("Peniaga");
    await personsRepo(b).update(office.aminah, person.id, onB.rev, { ...onB, occupation: "Tukang jahit" });
    await syncRound(b, transport, sessions.b, APP.schemaVersion);
    await syncRound(office.a, transport, sessions.a, APP.schemaVersion);
    expect((await office.a.persons.get(person.id))!.occupation).toBe("Tukang jahit");
    expect(await office.a.versionsApart.count()).toBe(0);
  }, 60_000);

  it("refuses a hostile PC's other-site changes, raised role, garbage and oversized pieces, and serves the others", async () => {
    const session = sessions.b;
    const raw = (args: Parameters<HubTransport>[0]) => transport(args);
    const base = { ...where(), token: session.token };
    const ownUser = (await b.users.get(office.aminah.userId))! as unknown as Record<string, unknown> & {
      seen: object;
      id: string;
    };
    const tpdPerson = {
      ...residents(office.tpd.id, 1, 7000)[0]!,
      id: "orang-curi",
      siteId: office.tpd.id,
      rev: 1,
      createdAt: "2026-11-18T02:00:00.000Z",
      updatedAt: "2026-11-18T02:00:00.000Z",
      createdBy: "x",
      updatedBy: "x",
      deletedAt: null,
      pc: "pcjahat1",
      pcSeq: 1,
      seen: { pcjahat1: 1 },
    };
    const raised = {
      ...ownUser,
      role: "pentadbir",
      pc: "pcjahat1",
      pcSeq: 2,
      seen: { ...ownUser.seen, pcjahat1: 2 },
    };
    const archive = await encodeArchive(
      [
        { name: "persons", rows: [tpdPerson] },
        { name: "users", rows: [raised] },
      ],
      APP.schemaVersion,
    );
    const bytes = await gzip(archive.chunks);
    const id = "jahat-push-000000001";
    const me = (await b.exchange.get("book"))!;
    const start = await raw({
      ...base,
      method: "POST",
      path: `${HUB_API}/push`,
      json: {
        id,
        length: bytes.byteLength,
        sha256: await sha256Hex(bytes),
        header: { from: me.address ?? me.pc, schemaVersion: APP.schemaVersion, holds: {}, basis: {} },
      },
    });
    expect(start.status).toBe(200);
    await raw({ ...base, method: "PUT", path: `${HUB_API}/push/${id}?offset=0`, bytes });
    const commit = await raw({ ...base, method: "POST", path: `${HUB_API}/push/${id}/commit` });
    expect(commit.json).toMatchObject({ applied: true, result: { taken: 0, refused: 2 } });
    expect((await hubCounts("persons")).has("orang-curi")).toBe(false);
    const stored = await hub.pool.query<{ role: string }>(
      "SELECT body->>'role' AS role FROM versions WHERE tbl = 'users' AND id = $1 AND shown",
      [ownUser.id],
    );
    expect(stored.rows.map((r) => r.role)).toEqual(["ppk"]);
    expect(hub.log.lines.some((l) => l.includes("Ditolak: 2 perubahan") && l.includes("persons/site"))).toBe(
      true,
    );

    // Garbage that claims to be a batch.
    const junk = crypto.getRandomValues(new Uint8Array(2000));
    const junkId = "jahat-push-000000002";
    await raw({
      ...base,
      method: "POST",
      path: `${HUB_API}/push`,
      json: {
        id: junkId,
        length: junk.byteLength,
        sha256: await sha256Hex(junk),
        header: { from: me.address ?? me.pc, schemaVersion: APP.schemaVersion, holds: {}, basis: {} },
      },
    });
    await raw({ ...base, method: "PUT", path: `${HUB_API}/push/${junkId}?offset=0`, bytes: junk });
    const bad = await raw({ ...base, method: "POST", path: `${HUB_API}/push/${junkId}/commit` });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: "badRequest", detail: "malformed" });
    // A piece larger than the protocol allows, and a message that is not JSON.
    const big = await raw({
      ...base,
      method: "PUT",
      path: `${HUB_API}/push/${junkId}?offset=0`,
      bytes: new Uint8Array(MAX_CHUNK + 1),
    });
    expect(big.status).toBe(413);
    const notJson = await raw({
      ...base,
      method: "POST",
      path: `${HUB_API}/pull`,
      bytes: new Uint8Array([1, 2, 3]),
    });
    expect(notJson.status).toBe(400);
    // Another PC's transfer is not this session's to read or write.
    const other = await raw({
      ...where(),
      token: sessions.c.token,
      method: "GET",
      path: `${HUB_API}/push/${id}`,
    });
    expect(other.status).toBe(403);
    expect((await hub.pool.query("SELECT count(*) AS n FROM refusals")).rows[0].n).not.toBe("0");

    // The others are served as before.
    await personsRepo(c).create(office.bakar, residents(office.tpd.id, 1, 8000)[0]!);
    const round = await syncRound(c, transport, sessions.c, APP.schemaVersion);
    expect(round.pushed).toBeGreaterThan(0);
    expect(round.refused).toBe(0);
  }, 60_000);
});
