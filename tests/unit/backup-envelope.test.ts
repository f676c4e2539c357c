// Why: the envelope must give back exactly what was sealed, and refuse a wrong passphrase, a flipped byte, a cut file,
// a file that is not a backup and one from a newer app or schema, each with its own reason.
import { beforeAll, describe, expect, it } from "vitest";
import {
  derivePassphraseKey,
  keyForFile,
  readHeader,
  seal,
  unseal,
  type HeaderInfo,
  type PassphraseKey,
} from "../../shared/backup/envelope";
import { backupHeader } from "../../shared/backup/backup-file";
import { problem } from "./backup-problem";

const info: HeaderInfo = {
  kind: "backup",
  appVersion: "0.1.0",
  schemaVersion: 9,
  office: { id: "office", name: "PKMD Lembah Pantai", createdAt: "2026-01-01T00:00:00.000Z" },
  createdAt: "2026-11-18T02:00:00.000Z",
};
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

let key: PassphraseKey;
let file: Uint8Array<ArrayBuffer>;
beforeAll(async () => {
  key = await derivePassphraseKey("kuda laut biru 2026");
  file = await seal([enc("satu "), enc("dua "), enc("tiga")], key, info);
});

describe("backup envelope", () => {
  it("round-trips the bytes and keeps the header readable without the passphrase", async () => {
    const header = readHeader(file);
    expect(header).toMatchObject({
      ...info,
      format: 1,
      cipher: "AES-256-GCM",
      wrap: "AES-KW",
      compression: "gzip",
    });
    expect(header.kdf).toMatchObject({ name: "PBKDF2-SHA256", iterations: expect.any(Number) });
    expect(header.kdf.name === "PBKDF2-SHA256" && header.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    const again = await keyForFile(file, "kuda laut biru 2026");
    expect(dec((await unseal(file, again)).plain)).toBe("satu dua tiga");
  });

  it("uses a fresh data key and nonce for every file", async () => {
    const other = await seal([enc("satu dua tiga")], key, info);
    expect(readHeader(other).nonce).not.toBe(readHeader(file).nonce);
    expect(readHeader(other).wrappedKey).not.toBe(readHeader(file).wrappedKey);
    expect(readHeader(other).hkdfSalt).not.toBe(readHeader(file).hkdfSalt);
  });

  it("refuses a wrong passphrase", async () => {
    expect(await problem(keyForFile(file, "kuda laut biru 2025").then((k) => unseal(file, k)))).toBe(
      "wrongPassphrase",
    );
  });

  it("refuses a flipped byte in the contents and in the header", async () => {
    const body = file.slice();
    body[body.length - 40]! ^= 1;
    expect(await problem(unseal(body, key))).toBe("damaged");
    const head = file.slice();
    const at = dec(head).indexOf("Lembah");
    head[at]! ^= 0x20; // "lembah": still valid JSON, different office
    expect(readHeader(head).office.name).toBe("PKMD lembah Pantai");
    expect(await problem(unseal(head, key))).toBe("damaged");
  });

  it("refuses a truncated file", async () => {
    expect(await problem(unseal(file.slice(0, file.length - 1), key))).toBe("damaged");
    expect(await problem(unseal(file.slice(0, 200), key))).toBe("damaged");
    expect(await problem(unseal(file.slice(0, 10), key))).toBe("damaged");
  });

  it("refuses a file that is not a backup", async () => {
    expect(await problem(Promise.resolve().then(() => readHeader(enc("PK\u0003\u0004 a zip file"))))).toBe(
      "notBackup",
    );
    expect(await problem(Promise.resolve().then(() => readHeader(new Uint8Array(0))))).toBe("notBackup");
  });

  it("refuses a backup from a newer app or a newer schema", async () => {
    const app = { version: "0.1.0", schemaVersion: 9 };
    const newerApp = await seal([enc("x")], key, { ...info, appVersion: "0.2.0" });
    const newerSchema = await seal([enc("x")], key, { ...info, schemaVersion: 10 });
    expect(backupHeader(file, app).office.name).toBe("PKMD Lembah Pantai");
    expect(await problem(Promise.resolve().then(() => backupHeader(newerApp, app)))).toBe("newerApp");
    expect(await problem(Promise.resolve().then(() => backupHeader(newerSchema, app)))).toBe("newerSchema");
  });
});
