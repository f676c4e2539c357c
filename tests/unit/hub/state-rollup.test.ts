// Why: the state level on PostgreSQL's own logical replication: two district hubs publish, one state database
// subscribes to both, and the state's Laporan Statistik Kes made from it has each district's figures exactly as the
// district's own PC counts them, the state sheet their sum, and a case recorded later arrives by itself.
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { AppDB } from "../../../renderer/db/app-db";
import { connectHub, syncRound } from "../../../renderer/db/hub/sync";
import { casesRepo } from "../../../renderer/db/repositories/cases";
import { personsRepo } from "../../../renderer/db/repositories/persons";
import { statistikKesRows, type StatistikKesInput } from "../../../shared/reports/statistik-kes/model";
import { statistikKesXlsx } from "../../../shared/reports/statistik-kes/xlsx";
import { startCluster, type Cluster } from "../../../server/postgres-cluster";
import { publishDistrict, stateSchema, subscribeDistrict } from "../../../server/state/replication";
import { stateStatistikKes } from "../../../server/state/state-report";
import { caseInput } from "../exchange-pcs";
import { personInput } from "../helpers";
import { todayIn } from "../../../shared/domain/dates";
import {
  ADMIN_PASSWORD,
  APP,
  freePgPort,
  officePc,
  removeHub,
  startTestHub,
  transport,
  type TestHub,
} from "./hub-harness";

// The month of the pinned day (tests/unit/setup.ts; REKOD_TEST_NOW moves it): the cases below are made on it.
const today = todayIn();
const period = { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
const hubs: TestHub[] = [];
let state: Cluster | null = null;
let statePool: pg.Pool | null = null;
const stateDir = mkdtempSync(path.join(os.tmpdir(), "rekod-negeri-"));
afterAll(async () => {
  await statePool?.query("SELECT 1").catch(() => undefined);
  // Subscriptions first, so the hubs' replication slots are released before their clusters stop.
  for (const name of ["daerah_a", "daerah_b"])
    await statePool?.query(`DROP SUBSCRIPTION IF EXISTS ${name}`).catch(() => undefined);
  await statePool?.end();
  await state?.stop("immediate");
  rmSync(stateDir, { recursive: true, force: true });
  for (const h of hubs) await removeHub(h);
});

let docs = 0;
async function someCases(db: AppDB, who: Awaited<ReturnType<typeof officePc>>, n: number) {
  for (let i = 0; i < n; i++) {
    const site = i % 2 ? who.tpd : who.sph;
    docs += 2;
    const p = await personsRepo(db).create(
      who.admin,
      personInput(site.id, { docNo: `8501011${String(40000 + docs).padStart(5, "0")}` }),
    );
    await casesRepo(db).create(who.admin, caseInput(site.id, p.id, who.admin.userId));
  }
}

/** What the district's own PC counts for its sites (the district sheet's rule), from its records. */
async function districtRows(db: AppDB) {
  const sites = await db.sites.toArray();
  const input = {
    ...period,
    cases: await db.cases.toArray(),
    persons: await db.persons.toArray(),
    referrals: await db.referrals.toArray(),
    statusChecks: await db.statusChecks.toArray(),
    investigations: await db.investigations.toArray(),
  } as unknown as StatistikKesInput;
  const { addRows } = await import("../../../shared/reports/statistik-kes/model");
  return addRows(sites.map((s) => statistikKesRows(input, [s.id]).rows));
}

async function waitFor(check: () => Promise<boolean>, ms = 60_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("replication did not arrive in time");
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe("the state roll-up", () => {
  it("replicates two district hubs into the state database and reports them by the same model", async () => {
    const districts = [await officePc("Lembah Pantai"), await officePc("Titiwangsa")];
    await someCases(districts[0]!.a, districts[0]!, 3);
    await someCases(districts[1]!.a, districts[1]!, 5);
    const ports = [freePgPort() + 1, freePgPort() + 2];
    for (const [i, d] of districts.entries()) {
      const hub = await startTestHub(undefined, ports[i], true);
      hubs.push(hub);
      const session = await connectHub(d.a, transport, d.admin, {
        address: hub.address,
        fingerprint: hub.tls.fingerprint,
        password: ADMIN_PASSWORD,
        claimCode: hub.claimCode,
      });
      await syncRound(d.a, transport, session, APP.schemaVersion);
      await publishDistrict(hub.pool);
    }
    state = await startCluster(stateDir, { port: freePgPort() + 3 });
    const admin = new pg.Client({ connectionString: state.url() });
    await admin.connect();
    await admin.query("CREATE DATABASE rekod_negeri");
    await admin.end();
    statePool = new pg.Pool({ connectionString: state.url("rekod_negeri") });
    await stateSchema(statePool);
    for (const [i, name] of ["daerah_a", "daerah_b"].entries())
      await subscribeDistrict(statePool, name, `host=127.0.0.1 port=${ports[i]} dbname=rekod_hub user=rekod`);
    const hubCount = async () => {
      let n = 0;
      for (const h of hubs) n += Number((await h.pool.query("SELECT count(*) AS n FROM versions")).rows[0].n);
      return n;
    };
    const expected = await hubCount();
    await waitFor(
      async () =>
        Number((await statePool!.query("SELECT count(*) AS n FROM versions")).rows[0].n) === expected,
    );

    const made = {
      stamp: { app: "Rekod Komuniti", version: "1.0.0", at: new Date().toISOString(), by: "Negeri" },
      signature: {
        preparedBy: { name: "Pegawai Negeri", jawatan: "Penolong Pengarah" },
        reviewedBy: { name: "Pengarah" },
      },
    };
    const model = await stateStatistikKes(statePool, period, made);
    expect(model.sheets.map((s) => s.sheetName)).toEqual(["Negeri", "Lembah Pantai", "Titiwangsa"]);
    expect(model.sheets[1]!.rows).toEqual(await districtRows(districts[0]!.a));
    expect(model.sheets[2]!.rows).toEqual(await districtRows(districts[1]!.a));
    const total = (i: number) => model.sheets[i]!.rows.find((r) => r.id === "TOTAL")?.total;
    expect(total(1)).toBe(3);
    expect(total(2)).toBe(5);
    expect(total(0)).toBe(8);

    // A case recorded later in one district reaches the state by itself.
    await someCases(districts[1]!.a, districts[1]!, 1);
    await syncRound(
      districts[1]!.a,
      transport,
      await connectHub(districts[1]!.a, transport, districts[1]!.admin, {
        address: hubs[1]!.address,
        fingerprint: hubs[1]!.tls.fingerprint,
        password: ADMIN_PASSWORD,
      }),
      APP.schemaVersion,
    );
    await waitFor(async () => {
      const again = await stateStatistikKes(statePool!, period, made);
      return again.sheets[0]!.rows.find((r) => r.id === "TOTAL")?.total === 9;
    });

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await statistikKesXlsx(model)).buffer as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Negeri", "Lembah Pantai", "Titiwangsa"]);
  }, 180_000);
});
