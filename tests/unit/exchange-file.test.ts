// Why: an exchange file must give back exactly the changes sealed in it, and refuse another office's file, a file this
// PC made, one from a newer app, a changed or cut file and a row without its version stamp, each with its own reason.
import { beforeAll, describe, expect, it } from "vitest";
import { importRawKey, seal, type PassphraseKey } from "../../shared/backup/envelope";
import { encodeArchive } from "../../shared/backup/archive";
import {
  changeFileHeader,
  makeChangeFile,
  openChangeFile,
  type ChangeFileInfo,
} from "../../shared/exchange/file";
import { stampVersion } from "../../shared/exchange/version";
import { problem } from "./backup-problem";

const A = "pc-aaaaaaaaaa";
const B = "pc-bbbbbbbbbb";
const office = { id: "office-1", name: "PKMD Lembah Pantai", createdAt: "2026-01-01T00:00:00.000Z" };
const info: ChangeFileInfo = {
  appVersion: "0.1.0",
  schemaVersion: 17,
  office,
  createdAt: "2026-11-18T02:00:00.000Z",
  exchange: { from: A, to: B, holds: { district: { [A]: 3 }, "site-0000000001": { [A]: 2 } } },
};
const me = { officeId: office.id, pc: B, version: "0.1.0", schemaVersion: 17 };
const person = { id: "person-0000000001", name: "Siti Aminah", deletedAt: null, ...stampVersion(A, 3, []) };
/** The refusal a step gives ("none" when it goes through). */
const why = (step: () => unknown) => problem(Promise.resolve().then(step));
const raw = (fill: number) => new Uint8Array(32).fill(fill);

let key: PassphraseKey;
let file: Uint8Array<ArrayBuffer>;
beforeAll(async () => {
  key = await importRawKey(raw(7), "0123456789abcdef");
  file = (await makeChangeFile([{ name: "persons", rows: [person] }], info, key)).file;
});

describe("exchange file", () => {
  it("gives back the versions sealed in it, with its sender, addressee and holdings authenticated", async () => {
    const { header, tables } = await openChangeFile(file, key, me);
    expect(header.exchange).toEqual(info.exchange);
    expect(header.kdf).toEqual({ name: "OFFICE-KEY", keyId: "0123456789abcdef" });
    expect(tables.get("persons")).toEqual([person]);
  });

  it("refuses another office's file, another exchange key, and a file read on the PC that made it", async () => {
    expect(await why(() => changeFileHeader(file, { ...me, officeId: "office-2" }))).toBe("otherOffice");
    const otherKey = await importRawKey(raw(8), "fedcba9876543210");
    expect(await why(() => openChangeFile(file, otherKey, me))).toBe("otherOffice");
    expect(await why(() => changeFileHeader(file, { ...me, pc: A }))).toBe("ownFile");
  });

  it("refuses a file from a newer app or schema, and a backup given as an exchange file", async () => {
    expect(await why(() => changeFileHeader(file, { ...me, schemaVersion: 16 }))).toBe("newerSchema");
    expect(await why(() => changeFileHeader(file, { ...me, version: "0.0.9" }))).toBe("newerApp");
    const backup = await seal([new TextEncoder().encode("x")], key, { ...info, kind: "backup" });
    expect(await why(() => changeFileHeader(backup, me))).toBe("notExchange");
  });

  it("refuses a changed, a cut and a re-addressed file as damaged", async () => {
    const flipped = file.slice();
    flipped[flipped.length - 5]! ^= 1;
    expect(await why(() => openChangeFile(flipped, key, me))).toBe("damaged");
    expect(await why(() => openChangeFile(file.slice(0, file.length - 20), key, me))).toBe("damaged");
    // The header is authenticated: saying the file came from another PC breaks it.
    const text = new TextDecoder("latin1").decode(file);
    const forged = Uint8Array.from(text.replace(`"from":"${A}"`, `"from":"pc-cccccccccc"`), (c) =>
      c.charCodeAt(0),
    );
    expect(await why(() => openChangeFile(forged, key, me))).toBe("damaged");
  });

  it("refuses a row that carries no version stamp", async () => {
    const archive = await encodeArchive([{ name: "persons", rows: [{ id: "p-1", name: "Tiada cap" }] }], 17);
    const bare = await seal(archive.chunks, key, { ...info, kind: "exchange" });
    expect(await why(() => openChangeFile(bare, key, me))).toBe("damaged");
  });
});
