// Why: a site's PC put back to an older backup must not lose what the PKMD's PC already took from it, must not have
// its new work ignored (its change numbers given again) or silently overwrite what it no longer holds, and must not
// give a case number again.
import { beforeAll, describe, expect, it } from "vitest";
import { makeBackup, restoreBackup } from "../../renderer/backup/jobs";
import { casesRepo } from "../../renderer/db/repositories/cases";
import { personsRepo } from "../../renderer/db/repositories/persons";
import { schemaVersion } from "../../renderer/db/migrations";
import { derivePassphraseKey, type PassphraseKey } from "../../shared/backup/envelope";
import { nextBlockFrom } from "../../shared/exchange/numbering";
import { personInput } from "./helpers";
import { caseInput, expectRecount, pcOf, send, twoPcs } from "./exchange-pcs";

const app = { version: "0.1.0", schemaVersion: schemaVersion() };
let key: PassphraseKey;
beforeAll(async () => {
  key = await derivePassphraseKey("batu caves 272 anak tangga");
});

describe("a PC restored from an older backup", () => {
  it("keeps what the other PC took, gets it back, numbers past it, and shows edits made apart as a conflict", async () => {
    const { a, b, site, ppk } = await twoPcs();
    // The site's PC exchanges (it holds the office exchange key) and has an office record to back up.
    await a.table("exchange").update("book", { key: { id: "k1", raw: "x" } });
    await a.table("office").put({ id: "office", officeName: "PKMD Lembah Pantai", createdAt: "2026-01-01" });
    const person = await personsRepo(a).create(ppk, personInput(site.id));
    const first = await casesRepo(a).create(ppk, caseInput(site.id, person.id, ppk.userId));
    await send(a, b, [site.id]);
    const backup = await makeBackup({
      dbName: a.name,
      exclude: [],
      appVersion: app.version,
      key,
      now: "2026-11-18T02:00:00.000Z",
    });
    const address = await pcOf(a);

    // After the backup: an edit and a second case, sent to the PKMD's PC; then the PC fails.
    const edited = await personsRepo(a).update(ppk, person.id, person.rev, {
      ...personInput(site.id),
      phone: "013-111 1111",
    });
    const second = await casesRepo(a).create(ppk, caseInput(site.id, person.id, ppk.userId));
    await send(a, b, [site.id]);
    a.close();
    await restoreBackup({ file: backup.file, key, dbName: a.name, exclude: [], app });
    await a.open();

    // The same address, a fresh stamping id; the case counter moved to the PC's next block.
    const book = await a.table("exchange").get("book");
    expect(await pcOf(a)).toBe(address);
    expect(book.pc).not.toBe(address);
    expect(book.formers[address]).toBeGreaterThan(0);
    const counters = await a.table("counters").toArray();
    expect(counters.length).toBeGreaterThan(0);
    expect(await a.table("persons").get(person.id)).toMatchObject({ phone: person.phone });

    // New work after the restore: a third case (never the second's number) and an edit of what it still holds.
    const third = await casesRepo(a).create(ppk, caseInput(site.id, person.id, ppk.userId));
    expect([first.recordNo, second.recordNo]).not.toContain(third.recordNo);
    expect(third.seq).toBe(nextBlockFrom(0, second.seq));
    const restored = await personsRepo(a).get(ppk, person.id);
    await personsRepo(a).update(ppk, person.id, restored.rev, {
      ...personInput(site.id),
      occupation: "Peniaga kecil",
    });

    // Both ways: the PKMD's PC takes the new work (not ignored), the site's PC gets back what it lost, and the two
    // edits made apart wait side by side on both: nothing overwritten silently.
    const up = await send(a, b, [site.id]);
    // (What it already sent before may go again, and is ignored.)
    expect(up.tables.cases?.taken).toBe(1);
    expect(up.conflicts).toEqual([{ table: "persons", recordId: person.id }]);
    const down = await send(b, a, [site.id]);
    expect(down.conflicts).toEqual([{ table: "persons", recordId: person.id }]);
    expect(await a.table("cases").get(second.id)).toMatchObject({ recordNo: second.recordNo });
    const waiting = await a
      .table("versionsApart")
      .where("[table+recordId]")
      .equals(["persons", person.id])
      .toArray();
    const both = [await a.table("persons").get(person.id), waiting[0].version]
      .map((v) => [v.phone, v.occupation])
      .sort();
    expect(both).toEqual(
      [
        [edited.phone, edited.occupation],
        [person.phone, "Peniaga kecil"],
      ].sort(),
    );
    // Nothing more moves, and both PCs hold the same.
    expect((await send(a, b, [site.id])).sent).toBe(0);
    expect((await send(b, a, [site.id])).sent).toBe(0);
    for (const t of ["persons", "cases"])
      expect(await a.table(t).toArray()).toEqual(await b.table(t).toArray());
    for (const db of [a, b]) await expectRecount(db);
  });
});
