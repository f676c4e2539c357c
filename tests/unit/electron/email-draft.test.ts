// Why: the draft must land inside the drafts folder as a real .eml, whatever name the renderer asks for.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { draftFileName, writeEmailDraft } from "../../../electron/email-draft";

let base: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), "rekod-drafts-"));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const draft = {
  to: ["pegawai@jkm.gov.my"],
  subject: "Laporan Bulanan",
  body: "Salam sejahtera",
  attachments: [
    { fileName: "laporan.xlsx", contentType: "application/octet-stream", data: new Uint8Array([1, 2]) },
  ],
  draftName: "Laporan Mac 2026",
};

describe("draftFileName", () => {
  it("adds .eml once", () => {
    expect(draftFileName("Laporan")).toBe("Laporan.eml");
    expect(draftFileName("Laporan.EML")).toBe("Laporan.EML");
  });
});

describe("writeEmailDraft", () => {
  it("creates the drafts folder and writes an unsent .eml", async () => {
    const dir = path.join(base, "drafts");
    const written = await writeEmailDraft(dir, draft);
    expect(written).toBe(path.join(dir, "Laporan Mac 2026.eml"));
    expect(await readdir(dir)).toEqual(["Laporan Mac 2026.eml"]);
    const text = await readFile(written, "utf8");
    expect(text).toContain("X-Unsent: 1");
    expect(text).toContain("To: pegawai@jkm.gov.my");
  });

  it("refuses names that would leave the folder", async () => {
    const dir = path.join(base, "drafts");
    await expect(writeEmailDraft(dir, { ...draft, draftName: "../outside" })).rejects.toThrow(
      "host.badArguments",
    );
    await expect(writeEmailDraft(dir, { ...draft, draftName: "a\\..\\..\\b" })).rejects.toThrow(
      "host.badArguments",
    );
    expect(await readdir(base)).toEqual([]);
  });
});
