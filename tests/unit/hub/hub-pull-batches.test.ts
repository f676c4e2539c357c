// Why: a PC that lacks more than one batch (a new PKMD PC of a large district) takes batch after batch in one round,
// each batch bounded, none ending inside one of a PC's changes, nothing given twice or left out.
import { afterAll, describe, expect, it } from "vitest";
import { connectHub, syncRound, type HubTransport } from "../../../renderer/db/hub/sync";
import { personsRepo } from "../../../renderer/db/repositories/persons";
import { personInput } from "../helpers";
import {
  ADMIN_PASSWORD,
  APP,
  freePgPort,
  joinedPc,
  officePc,
  removeHub,
  startTestHub,
  transport,
  type TestHub,
} from "./hub-harness";

let hub: TestHub;
afterAll(async () => {
  await removeHub(hub);
});

const residents = (siteId: string, n: number, from: number) =>
  Array.from({ length: n }, (_, i) =>
    personInput(siteId, {
      name: `Penduduk ${from + i}`,
      docType: "none",
      docNo: "",
      noDocReason: "tidak-diketahui",
      unit: `C-${String(from + i).padStart(4, "0")}`,
    }),
  );

describe("pulling in batches", () => {
  it("brings a PC everything it lacks in bounded batches of whole changes, then nothing more", async () => {
    hub = await startTestHub(undefined, freePgPort() + 9, false, 40);
    const office = await officePc();
    // One change of 25 residents (and its audit row) at a time, then single ones: batches of 40 must not split them.
    for (let k = 0; k < 4; k++)
      await personsRepo(office.a).createMany(office.admin, residents(office.sph.id, 25, k * 25));
    for (let k = 0; k < 30; k++)
      await personsRepo(office.a).create(office.admin, residents(office.tpd.id, 1, 500 + k)[0]!);
    const session = await connectHub(office.a, transport, office.admin, {
      address: hub.address,
      fingerprint: hub.tls.fingerprint,
      password: ADMIN_PASSWORD,
      claimCode: hub.claimCode,
    });
    await syncRound(office.a, transport, session, APP.schemaVersion);

    const b = await joinedPc(office.a, office.admin, "PC PKMD", "all");
    const onB = await connectHub(b, transport, office.admin, {
      address: hub.address,
      fingerprint: hub.tls.fingerprint,
      password: ADMIN_PASSWORD,
    });
    let pulls = 0;
    const counting: HubTransport = async (args) => {
      if (args.method === "POST" && args.path === "/api/v1/pull") pulls += 1;
      return transport(args);
    };
    await syncRound(b, counting, onB, APP.schemaVersion);
    expect(pulls).toBeGreaterThanOrEqual(4);
    expect(await b.persons.count()).toBe(130);
    const onA = new Set(await office.a.persons.toCollection().primaryKeys());
    expect(new Set(await b.persons.toCollection().primaryKeys())).toEqual(onA);
    const again = await syncRound(b, counting, onB, APP.schemaVersion);
    expect(again.pulled).toBe(0);
  }, 120_000);
});
