// Why: PCs stay in step through a real hub on a real PostgreSQL: the office claims its hub, a PPK's PC receives only
// its sites (the hub decides, not the PC), changes go both ways, versions made apart wait for a person on both PCs,
// and a wrong address, fingerprint, password or office is refused in words the status can give.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDB } from "../../../renderer/db/app-db";
import { connectHub, hubSignIn, syncRound, changesWaiting } from "../../../renderer/db/hub/sync";
import { readLink } from "../../../renderer/db/hub/link";
import { personsRepo } from "../../../renderer/db/repositories/persons";
import type { Actor } from "../../../shared/domain/access";
import { HUB_PROTOCOL, hubOfficeId, type HubSession } from "../../../shared/hub/protocol";
import { personInput } from "../helpers";
import {
  ADMIN_PASSWORD,
  AMINAH_PASSWORD,
  APP,
  BAKAR_PASSWORD,
  joinedPc,
  officePc,
  removeHub,
  startTestHub,
  transport,
  failure,
  type TestHub,
} from "./hub-harness";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, 60_000);
afterAll(async () => {
  await removeHub(hub);
});

const where = () => ({ address: hub.address, fingerprint: hub.tls.fingerprint });

describe("the office hub", () => {
  let a: AppDB;
  let b: AppDB;
  let c: AppDB;
  let office: Awaited<ReturnType<typeof officePc>>;
  let sessions: { a: HubSession; b: HubSession; c: HubSession };
  let kamariah = "";

  it("is claimed by the office's PC with the printed code, and then refuses a second claim", async () => {
    office = await officePc();
    a = office.a;
    b = await joinedPc(a, office.admin, "PC PPR Seri Pahang", [office.sph.id]);
    c = await joinedPc(a, office.admin, "PC PPR Taman Putra Damai", [office.tpd.id]);
    // Before it is claimed, nobody signs in.
    expect(await failure(hubSignIn(a, transport, where(), "huda", ADMIN_PASSWORD))).toBe("notClaimed");
    expect(
      await failure(
        connectHub(a, transport, office.admin, {
          ...where(),
          password: ADMIN_PASSWORD,
          claimCode: "AAAA-BBBB-CCCC",
        }),
      ),
    ).toBe("badClaimCode");
    const session = await connectHub(a, transport, office.admin, {
      ...where(),
      password: ADMIN_PASSWORD,
      claimCode: hub.claimCode.toLowerCase(),
    });
    expect(session.user).toMatchObject({ username: "huda", role: "pentadbir", scopes: "all" });
    expect(hub.log.lines.join("\n")).toContain("Pelayan dituntut");
    const first = await syncRound(a, transport, session, APP.schemaVersion);
    expect(first.pushed).toBeGreaterThan(5);
    expect(await changesWaiting(a)).toBe(0);
    sessions = { a: session } as typeof sessions;
  });

  it("signs a PPK's PC in with the office's own password and gives it only its site and the district", async () => {
    expect(await failure(hubSignIn(b, transport, where(), "ppk.aminah", "Salah#Kata2026"))).toBe(
      "badCredentials",
    );
    sessions.b = await connectHub(b, transport, office.aminah, { ...where(), password: AMINAH_PASSWORD });
    expect(sessions.b.user).toMatchObject({ role: "ppk", scopes: [office.sph.id] });
    sessions.c = await connectHub(c, transport, office.bakar, { ...where(), password: BAKAR_PASSWORD });
    // Records of both sites are on the office PC; each site's PC gets its own.
    const inSph = await personsRepo(a).create(
      office.admin,
      personInput(office.sph.id, { docNo: "850101145678" }),
    );
    const inTpd = await personsRepo(a).create(
      office.admin,
      personInput(office.tpd.id, { docNo: "850101145680", name: "Rosnah binti Ali" }),
    );
    await syncRound(a, transport, sessions.a, APP.schemaVersion);
    const pulled = await syncRound(b, transport, sessions.b, APP.schemaVersion);
    expect(pulled.pulled).toBeGreaterThan(0);
    expect(await b.persons.get(inSph.id)).toMatchObject({ name: inSph.name });
    expect(await b.persons.get(inTpd.id)).toBeUndefined();
    await syncRound(c, transport, sessions.c, APP.schemaVersion);
    expect(await c.persons.get(inTpd.id)).toMatchObject({ name: "Rosnah binti Ali" });
    expect(await c.persons.get(inSph.id)).toBeUndefined();
  });

  it("carries a site's changes up and to the office, and a second round sends nothing again", async () => {
    const made = await personsRepo(b).create(
      office.aminah,
      personInput(office.sph.id, { docNo: "850101145682", name: "Kamariah binti Osman" }),
    );
    expect(await changesWaiting(b)).toBeGreaterThan(0);
    const up = await syncRound(b, transport, sessions.b, APP.schemaVersion);
    expect(up.pushed).toBeGreaterThan(0);
    expect(await changesWaiting(b)).toBe(0);
    const down = await syncRound(a, transport, sessions.a, APP.schemaVersion);
    expect(down.pulled).toBeGreaterThan(0);
    expect(await a.persons.get(made.id)).toMatchObject({ name: "Kamariah binti Osman" });
    const again = await syncRound(b, transport, sessions.b, APP.schemaVersion);
    expect(again).toMatchObject({ pushed: 0, pulled: 0 });
    expect((await readLink(b))?.lastSyncAt).toBeTruthy();
    kamariah = made.id;
  });

  it("keeps versions made apart on two PCs for a person to settle, the same on both", async () => {
    const person = (await b.persons.get(kamariah))!;
    const edit = (db: AppDB, who: Actor, phone: string) =>
      personsRepo(db).update(
        who,
        person.id,
        person.rev,
        personInput(office.sph.id, { docNo: "850101145682", name: "Kamariah binti Osman", phone }),
      );
    await edit(a, office.admin, "012-345 0001");
    await edit(b, office.aminah, "019-876 0002");
    await syncRound(a, transport, sessions.a, APP.schemaVersion);
    const onB = await syncRound(b, transport, sessions.b, APP.schemaVersion);
    expect(onB.conflicts).toBe(1);
    const onA = await syncRound(a, transport, sessions.a, APP.schemaVersion);
    expect(onA.conflicts).toBe(1);
    const shownA = await a.persons.get(person.id);
    const shownB = await b.persons.get(person.id);
    expect(shownA?.phone).toBe(shownB?.phone);
    expect(await a.versionsApart.count()).toBe(1);
    expect(await b.versionsApart.count()).toBe(1);
  });

  it("refuses a wrong fingerprint or address, another office and an expired session, and the PC keeps its changes", async () => {
    const wrongPrint = { ...where(), fingerprint: "AA:".repeat(31) + "AA" };
    expect(await failure(hubSignIn(b, transport, wrongPrint, "ppk.aminah", AMINAH_PASSWORD))).toBe(
      "host.hubFingerprint",
    );
    expect(
      await failure(
        hubSignIn(
          b,
          transport,
          { ...where(), address: "https://127.0.0.1:9" },
          "ppk.aminah",
          AMINAH_PASSWORD,
        ),
      ),
    ).toBe("host.hubUnreachable");
    const other = await officePc();
    await personsRepo(other.a).create(other.admin, personInput(other.sph.id));
    expect(await failure(hubSignIn(other.a, transport, where(), "huda", ADMIN_PASSWORD))).toBe("otherOffice");
    await personsRepo(b).create(
      office.aminah,
      personInput(office.sph.id, { docNo: "850101145684", name: "Zaleha binti Omar" }),
    );
    const waiting = await changesWaiting(b);
    expect(waiting).toBeGreaterThan(0);
    const expired = { ...sessions.b, token: "x".repeat(43) };
    expect(await failure(syncRound(b, transport, expired, APP.schemaVersion))).toBe("sessionExpired");
    expect((await readLink(b))?.lastProblem?.code).toBe("sessionExpired");
    expect(await changesWaiting(b)).toBe(waiting);
  });

  it("tells a PC whose app speaks another protocol which side to update, and refuses calls without a session", async () => {
    const me = (await b.exchange.get("book"))!;
    const office = (await b.office.get("office"))!;
    const ask = (protocol: number) =>
      transport({
        ...where(),
        method: "POST",
        path: "/api/v1/login",
        json: {
          protocol,
          officeId: hubOfficeId({ id: office.id, createdAt: office.createdAt }),
          username: "ppk.aminah",
          password: AMINAH_PASSWORD,
          pc: me.address ?? me.pc,
        },
      });
    expect((await ask(HUB_PROTOCOL + 1)).json).toMatchObject({ error: "olderHub" });
    expect((await ask(HUB_PROTOCOL - 1 || 0)).status).toBe(HUB_PROTOCOL > 1 ? 426 : 400);
    for (const path of ["/api/v1/push/abcdefghijklmnop", "/api/v1/pull/abcdefghijklmnop", "/health"])
      expect((await transport({ ...where(), method: "GET", path, token: "x".repeat(43) })).status).toBe(
        path === "/health" ? 200 : 401,
      );
    const health = await transport({ ...where(), method: "GET", path: "/health?format=json" });
    expect(health.json).toMatchObject({ ok: true, database: { ok: true } });
  });

  it("slows down repeated wrong passwords for a name", async () => {
    const codes: string[] = [];
    for (let i = 0; i < 6; i++)
      codes.push(await failure(hubSignIn(c, transport, where(), "ppk.bakar", "Salah#Kata2026")));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill("badCredentials"));
    expect(codes[5]).toBe("rateLimited");
    expect(hub.log.lines.some((l) => l.includes("Log masuk gagal: ppk.bakar"))).toBe(true);
  });
});
