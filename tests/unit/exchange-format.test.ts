// Why: docs/exchange.md must be enough for another program to write a valid exchange file. This test writes one from
// that description alone (WebCrypto, CompressionStream and JSON; none of the app's writers) and the app reads it.
import { describe, expect, it } from "vitest";
import { importRawKey } from "../../shared/backup/envelope";
import { openChangeFile } from "../../shared/exchange/file";

const enc = new TextEncoder();
const hex = async (b: Uint8Array<ArrayBuffer>) =>
  [...new Uint8Array(await crypto.subtle.digest("SHA-256", b))]
    .map((x) => x.toString(16).padStart(2, "0"))
    .join("");
const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");
const join = (parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
};
const gzip = async (b: Uint8Array<ArrayBuffer>) =>
  new Uint8Array(
    await new Response(new Blob([b]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer(),
  );

describe("the exchange file as docs/exchange.md describes it", () => {
  it("is read by the app when written from the description alone", async () => {
    const officeKey = crypto.getRandomValues(new Uint8Array(32));
    const keyId = (await hex(officeKey)).slice(0, 16);
    const from = "pc-other-program-01";
    const to = "pc-reader-000000001";
    const row = {
      id: "person-written-elsewhere-1",
      name: "Siti Aminah binti Ali",
      siteId: "site-1",
      deletedAt: null,
      pc: from,
      pcSeq: 7,
      seen: { [from]: 7 },
    };
    // The archive: first line, one part (head line, JSON lines, no binaries), the manifest.
    const rows = enc.encode(`${JSON.stringify(row)}\n`);
    const head = enc.encode(`${JSON.stringify({ t: "persons", n: 1, j: rows.byteLength, b: 0 })}\n`);
    const part = join([head, rows]);
    const tableHash = await hex(enc.encode([await hex(part)].join("\n")));
    const manifest = {
      format: 1,
      schemaVersion: 17,
      tables: [{ name: "persons", records: 1, sha256: tableHash, outOfLineKeys: false }],
    };
    const archive = join([
      enc.encode(`${JSON.stringify({ archive: "rekod-komuniti", format: 1 })}\n`),
      part,
      enc.encode(`${JSON.stringify({ manifest })}\n`),
    ]);
    // The envelope: a data key wrapped by HKDF(office key) with AES-KW, AES-256-GCM over gzip, header as AAD.
    const dataKey = crypto.getRandomValues(new Uint8Array(32));
    const hkdfSalt = crypto.getRandomValues(new Uint8Array(16));
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const base = await crypto.subtle.importKey("raw", officeKey, "HKDF", false, ["deriveKey"]);
    const kek = await crypto.subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt: hkdfSalt, info: enc.encode("rekod-komuniti/envelope/wrap/v1") },
      base,
      { name: "AES-KW", length: 256 },
      false,
      ["wrapKey"],
    );
    const gcmKey = await crypto.subtle.importKey("raw", dataKey, "AES-GCM", true, ["encrypt"]);
    const wrappedKey = new Uint8Array(await crypto.subtle.wrapKey("raw", gcmKey, kek, "AES-KW"));
    const header = {
      format: 1,
      kind: "exchange",
      appVersion: "0.1.0",
      schemaVersion: 17,
      office: { id: "office", name: "PKMD Lembah Pantai", createdAt: "2026-01-01T00:00:00.000Z" },
      createdAt: "2026-11-18T02:00:00.000Z",
      kdf: { name: "OFFICE-KEY", keyId },
      hkdfSalt: b64(hkdfSalt),
      wrap: "AES-KW",
      wrappedKey: b64(wrappedKey),
      cipher: "AES-256-GCM",
      nonce: b64(nonce),
      compression: "gzip",
      exchange: { from, to, holds: { "site-1": { [from]: 7 } } },
    };
    const headerBytes = enc.encode(JSON.stringify(header));
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, headerBytes.byteLength, false);
    const prefix = join([enc.encode("RKSEAL1\n"), length, headerBytes]);
    const cipher = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: "AES-GCM", iv: nonce, additionalData: prefix },
        gcmKey,
        await gzip(archive),
      ),
    );
    const file = join([prefix, cipher]) as Uint8Array<ArrayBuffer>;

    const key = await importRawKey(officeKey as Uint8Array<ArrayBuffer>, keyId);
    const me = { officeId: "office", pc: to, version: "0.1.0", schemaVersion: 17 };
    const opened = await openChangeFile(file, key, me);
    expect(opened.header.exchange).toEqual(header.exchange);
    expect(opened.tables.get("persons")).toEqual([row]);
  });
});
