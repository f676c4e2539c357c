// Why: joinInside is the last line of defence for every path built from renderer-supplied names.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isSafeSegment, joinInside } from "../../../electron/safe-path";

const root = path.resolve("/data/Rekod Komuniti/drafts");

describe("isSafeSegment", () => {
  it("accepts ordinary file names, including Malay and spaces", () => {
    for (const name of ["Laporan Bulanan Mac 2026.eml", "kes-001.pdf", "Surat rujukan (1).docx", "dokumen"]) {
      expect(isSafeSegment(name), name).toBe(true);
    }
  });

  it("rejects separators, dots, devices, streams and control characters", () => {
    for (const name of [
      "",
      ".",
      "..",
      "a/b",
      "a\\b",
      "c:",
      "x:stream",
      "NUL",
      "com1.txt",
      "LPT9",
      "a\u0000b",
      "tab\t",
      "end.",
      "end ",
    ]) {
      expect(isSafeSegment(name), JSON.stringify(name)).toBe(false);
    }
  });
});

describe("joinInside", () => {
  it("joins inside the root", () => {
    expect(joinInside(root, "a.eml")).toBe(path.join(root, "a.eml"));
    expect(joinInside(root, "sub", "a.eml")).toBe(path.join(root, "sub", "a.eml"));
  });

  it("returns null for anything that is not strictly inside", () => {
    expect(joinInside(root)).toBeNull();
    expect(joinInside(root, "..", "x")).toBeNull();
    expect(joinInside(root, "../x")).toBeNull();
    expect(joinInside(root, "/etc/passwd")).toBeNull();
    expect(joinInside(root, "sub", "..")).toBeNull();
  });
});
