// Why: "Hantar perubahan" and "Terima perubahan" through real sealed files between two PCs: the file carries what the
// other PC lacks, reading it twice brings nothing new, and a file that is not for this PC is refused before anything
// is written.
import { describe, expect, it } from "vitest";
import type { AppDB } from "../../renderer/db/app-db";
import { noteSent, prepareSend, readContacts, takeFile } from "../../renderer/db/exchange/files";
import { casesRepo } from "../../renderer/db/repositories/cases";
import { personsRepo } from "../../renderer/db/repositories/persons";
import { markReceiving } from "../../renderer/db/exchange/stamps";
import { newExchangeKey } from "../../shared/exchange/join";
import { OFFICE_ID } from "../../shared/domain/office";
import { personInput } from "./helpers";
import { caseInput, expectRecount, pcOf, twoPcs } from "./exchange-pcs";

const app = { version: "0.1.0", schemaVersion: 17 };

/** Both PCs know the office, its exchange key and each other, as a join gives them. */
async function joined() {
  const pcs = await twoPcs();
  const { a, b, site } = pcs;
  const key = await newExchangeKey();
  const list = [
    {
      id: await pcOf(a),
      number: 0,
      name: "PC Pejabat",
      scopes: "all" as const,
      joinedAt: "2026-11-01T00:00:00.000Z",
    },
    {
      id: await pcOf(b),
      number: 1,
      name: "PC PPR Seri Pahang",
      scopes: [site.id],
      joinedAt: "2026-11-02T00:00:00.000Z",
    },
  ];
  await a.table("office").put({
    id: OFFICE_ID,
    officeName: "PKMD Lembah Pantai",
    createdAt: "2026-01-01T00:00:00.000Z",
    pcs: list,
  });
  // The second PC takes the office record as it is on the first (as its join file brings it).
  const office = await a.table("office").get(OFFICE_ID);
  await b.transaction("rw", [b.table("office")], async () => {
    markReceiving();
    await b.table("office").put(office);
  });
  for (const [db, me] of [
    [a, list[0]!],
    [b, list[1]!],
  ] as const) {
    const book = await db.table("exchange").get("book");
    await db.table("exchange").put({ ...book, key, number: me.number, name: me.name, scopes: me.scopes });
  }
  return { ...pcs, list };
}

async function sendFile(from: AppDB, to: AppDB, actor: Parameters<typeof prepareSend>[1]) {
  const choice = await prepareSend(from, actor, await pcOf(to), app.version, app.schemaVersion);
  await noteSent(from, actor, choice, false, "file");
  return choice;
}

describe("exchange files between two PCs", () => {
  it("writes the changes the other PC lacks into one file, read there once; a second read brings nothing new", async () => {
    const { a, b, site, ppk } = await joined();
    const p = await personsRepo(a).create(ppk, personInput(site.id));
    await casesRepo(a).create(ppk, caseInput(site.id, p.id, ppk.userId));
    const choice = await sendFile(a, b, ppk);
    expect(choice.fileName).toMatch(/^RK-PKMD-\d{8}-1\.rkx$/);
    expect(choice.plain.records).toBeGreaterThan(0);
    expect(choice.withMedia.bytes).toBeGreaterThanOrEqual(choice.plain.bytes);
    const report = await takeFile(b, ppk, choice.plain.file, choice.fileName, app);
    expect(report).toMatchObject({ nothingNew: false, conflicts: 0 });
    expect(report.added).toMatchObject({ persons: 1, cases: 1 });
    expect(await b.persons.get(p.id)).toEqual(await a.persons.get(p.id));
    await expectRecount(b);
    const again = await takeFile(b, ppk, choice.plain.file, choice.fileName, app);
    expect(again.nothingNew).toBe(true);
    // Both sides remember when; the next file of the day is numbered 2.
    expect((await readContacts(a))[await pcOf(b)]?.sentAt).toBeTruthy();
    expect((await readContacts(b))[await pcOf(a)]?.receivedAt).toBeTruthy();
    expect((await prepareSend(a, ppk, await pcOf(b), app.version, app.schemaVersion)).fileName).toMatch(
      /-2\.rkx$/,
    );
    const audit = (await b.audit.toArray()).filter((r) => r.action === "exchange.receive");
    expect(audit).toHaveLength(2);
  });

  it("refuses a file made here, one for another PC, a cut or changed file and a backup, changing nothing", async () => {
    const { a, b, site, ppk } = await joined();
    await personsRepo(a).create(ppk, personInput(site.id));
    const choice = await prepareSend(a, ppk, await pcOf(b), app.version, app.schemaVersion);
    const file = choice.plain.file;
    const why = (db: AppDB, f: Uint8Array<ArrayBuffer>) =>
      takeFile(db, ppk, f, "x.rkx", app).then(
        () => "none",
        (e: { key?: string }) => e.key,
      );
    expect(await why(a, file)).toBe("e.exchange.file.ownFile");
    const cut = file.slice(0, file.length - 30);
    expect(await why(b, cut)).toBe("e.exchange.file.damaged");
    const flipped = file.slice();
    flipped[flipped.length - 9]! ^= 1;
    expect(await why(b, flipped)).toBe("e.exchange.file.damaged");
    expect(await why(b, new TextEncoder().encode("Nama,MyKad\n") as Uint8Array<ArrayBuffer>)).toBe(
      "e.exchange.file.notBackup",
    );
    expect(await why(b, file)).toBe("none");
    // A file written for B, read on a third PC of the office (here: A's copy of the list says B is someone else).
    const other = await prepareSend(b, ppk, await pcOf(a), app.version, app.schemaVersion);
    await b.table("exchange").put({ ...(await b.table("exchange").get("book")), pc: "pc-someone-else" });
    expect(await why(b, other.plain.file)).toBe("e.exchange.file.otherPc");
    expect(await b.persons.count()).toBe(1);
  });

  it("says so plainly before a PC has joined another", async () => {
    const { a, ppk } = await twoPcs();
    await expect(prepareSend(a, ppk, "pc-bbbbbbbbbb", app.version, app.schemaVersion)).rejects.toMatchObject({
      key: "e.exchange.notJoined",
    });
  });
});
