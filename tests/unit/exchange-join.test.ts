// Why: the join file must bring the office's records and the grant (exchange key, the new PC's id, number and sites)
// to the right passphrase only, and refuse a wrong passphrase, a changed file and a file that is not a join file.
import { describe, expect, it } from "vitest";
import { derivePassphraseKey, keyForFile } from "../../shared/backup/envelope";
import { makeJoinFile, newExchangeKey, openJoinFile, type JoinGrant } from "../../shared/exchange/join";
import { problem } from "./backup-problem";

const office = { id: "office-1", name: "PKMD Lembah Pantai", createdAt: "2026-01-01T00:00:00.000Z" };
const info = { appVersion: "0.1.0", schemaVersion: 17, office, createdAt: "2026-11-18T02:00:00.000Z" };
const app = { version: "0.1.0", schemaVersion: 17 };

describe("join file", () => {
  it("brings the office's records and the grant, with a fresh exchange key named by its hash", async () => {
    const exchangeKey = await newExchangeKey();
    expect(exchangeKey.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(exchangeKey).not.toEqual(await newExchangeKey());
    const grant: JoinGrant = {
      pc: "pc-site-sph-0001",
      number: 1,
      name: "PC PPR Seri Pahang",
      scopes: ["site-1"],
      issuedBy: "pc-office-0000",
      exchangeKey,
    };
    const key = await derivePassphraseKey("harimau bintang 7 pagi");
    const site = { id: "site-1", code: "SPH", pc: "pc-office-0000", pcSeq: 1, seen: { "pc-office-0000": 1 } };
    const file = await makeJoinFile([{ name: "sites", rows: [site] }], grant, info, key);

    const again = await keyForFile(file, "harimau bintang 7 pagi");
    const opened = await openJoinFile(file, again, app);
    expect(opened.grant).toEqual(grant);
    expect(opened.office).toEqual(office);
    expect([...opened.tables]).toEqual([["sites", [site]]]);

    const wrong = await keyForFile(file, "harimau bintang 7 petang");
    expect(await problem(openJoinFile(file, wrong, app))).toBe("wrongPassphrase");
    const flipped = file.slice();
    flipped[flipped.length - 3]! ^= 1;
    expect(await problem(openJoinFile(flipped, again, app))).toBe("damaged");
    expect(await problem(openJoinFile(file, again, { ...app, schemaVersion: 16 }))).toBe("newerSchema");
  });
});
