// Why: "Cuba dengan data contoh" loads a clearly marked demo office that can be removed whole from settings.
import { demoOffice, demoReportSettings, demoSites, demoUsers } from "../../shared/demo/sites";
import { defaultRates } from "../../shared/demo/rates";
import { generateDemoRecords } from "../../shared/demo/records";
import { generateDemoKpn } from "../../shared/demo/kpn";
import { generateDemoOutreach } from "../../shared/demo/kpn-outreach";
import { todayIn } from "../../shared/domain/dates";
import { hashPassword, PBKDF2_ITERATIONS } from "../../shared/domain/password";
import { SYSTEM_ACTOR } from "../../shared/domain/access";
import type { Stored } from "../../shared/domain/record";
import type { SiteInput } from "../../shared/domain/site";
import { newId } from "../../shared/ids";
import type { AppDB, InvestigationRecord, UserRecord } from "./app-db";
import { AppError } from "./errors";
import { officeRecord } from "./repositories/office";
import { appendAudit, requirePermission } from "./repositories/repository";
import type { Actor } from "../../shared/domain/access";

export async function loadDemo(db: AppDB, iterations = PBKDF2_ITERATIONS): Promise<void> {
  const hashes = await Promise.all(demoUsers.map((u) => hashPassword(u.password, iterations)));
  await db.transaction("rw", db.tables, async () => {
    if (await db.office.get("office")) throw new AppError("e.alreadySetUp");
    const now = new Date();
    const at = now.toISOString();
    const meta = (id: string) => ({
      id,
      createdAt: at,
      createdBy: "system",
      updatedAt: at,
      updatedBy: "system",
      rev: 1,
      deletedAt: null,
    });
    const office = officeRecord({ ...demoOffice, demo: true, report: demoReportSettings }, "system", now);
    await db.office.add(office);
    const siteIds = new Map<string, string>();
    for (const site of demoSites) {
      const record: Stored<SiteInput> = { ...site, ...meta(newId()) };
      siteIds.set(site.code, record.id);
      await db.sites.add(record);
    }
    const users: UserRecord[] = demoUsers.map((u, i) => ({
      username: u.username,
      name: u.name,
      role: u.role,
      siteIds: u.siteCodes.map((c) => siteIds.get(c)!),
      disabled: false,
      password: hashes[i]!,
      ...meta(newId()),
    }));
    await db.users.bulkAdd(users);
    await db.rates.bulkAdd(defaultRates.map((r) => ({ ...r, ...meta(newId()) })));
    const records = generateDemoRecords({
      today: todayIn(),
      sites: demoSites.map((s) => ({
        id: siteIds.get(s.code)!,
        code: s.code,
        officerIds: users
          .filter((u) => u.role === "ppk" && u.siteIds.includes(siteIds.get(s.code)!))
          .map((u) => u.id),
      })),
      deciderId: users.find((u) => u.role === "pkmd")?.id,
      ids: () => newId(),
    });
    await db.persons.bulkAdd(records.persons);
    await db.organisations.bulkAdd(records.organisations);
    await db.cases.bulkAdd(records.cases);
    await db.referrals.bulkAdd(records.referrals);
    await db.statusChecks.bulkAdd(records.statusChecks);
    await db.investigations.bulkAdd(records.investigations as unknown as InvestigationRecord[]);
    await db.counters.bulkAdd(records.counters);
    const kpn = generateDemoKpn({
      today: todayIn(),
      users,
      organisationIds: records.organisations.map((o) => o.id),
      ids: () => newId(),
    });
    const outreach = generateDemoOutreach({
      tours: kpn.tours,
      checkpoints: kpn.checkpoints,
      persons: records.persons.slice(0, 2).map((p) => ({ id: p.id, siteId: p.siteId })),
      receivedBy: users.find((u) => u.username === "ppk.kumar")?.id ?? "system",
      ids: () => newId(),
    });
    const finished = new Map(outreach.tours.map((t) => [t.id, t]));
    await db.tours.bulkAdd(kpn.tours.map((t) => finished.get(t.id) ?? t));
    await db.checkpoints.bulkAdd(kpn.checkpoints);
    await db.kpnServices.bulkAdd(outreach.services);
    await db.complaints.bulkAdd(outreach.complaints);
    await db.baskets.bulkAdd(outreach.baskets);
    await db.intakes.bulkAdd(outreach.intakes);
    await db.counters.bulkPut(outreach.counters);
    await appendAudit(db, SYSTEM_ACTOR, {
      action: "demo.load",
      table: "office",
      recordId: "office",
      label: office.officeName,
      before: null,
      after: {
        sites: demoSites.length,
        users: users.length,
        persons: records.persons.length,
        cases: records.cases.length,
      },
    });
  });
}

/** Removes the demo office and everything in it; the next start shows first-run setup. */
export async function removeDemo(db: AppDB, actor: Actor): Promise<void> {
  requirePermission(actor, "demo.manage");
  const office = await db.office.get("office");
  if (!office?.demo) throw new AppError("e.notDemo");
  await db.transaction("rw", db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}
