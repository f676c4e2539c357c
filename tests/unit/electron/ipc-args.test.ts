// Why: the main process parses every IPC argument; malformed or hostile input must be refused with host.badArguments.
import { describe, expect, it } from "vitest";
import { hostChannels } from "../../../shared/host-api";
import { ipcArgSchemas, parseArgs } from "../../../electron/ipc-args";

const bytes = new Uint8Array([1, 2, 3]);

function rejects(method: keyof typeof ipcArgSchemas, raw: unknown): void {
  expect(() => parseArgs(ipcArgSchemas[method], raw), `${method} ${JSON.stringify(raw)}`).toThrow(
    "host.badArguments",
  );
}

describe("ipcArgSchemas", () => {
  it("has a schema for every channel of the contract", () => {
    expect(Object.keys(ipcArgSchemas).sort()).toEqual(Object.keys(hostChannels).sort());
  });

  it("accepts well-formed arguments and returns the parsed value", () => {
    expect(parseArgs(ipcArgSchemas.saveFile, { suggestedName: "a.xlsx", data: bytes }).data).toBe(bytes);
    expect(parseArgs(ipcArgSchemas.openFile, {})).toEqual({});
    expect(parseArgs(ipcArgSchemas.print, undefined)).toBeUndefined();
    expect(parseArgs(ipcArgSchemas.printToPdf, { suggestedName: "Laporan.pdf", landscape: true })).toEqual({
      suggestedName: "Laporan.pdf",
      landscape: true,
    });
    expect(
      parseArgs(ipcArgSchemas.composeEmailDraft, {
        to: ["pegawai@jkm.gov.my"],
        subject: "Laporan",
        body: "Salam",
        attachments: [{ fileName: "a.xlsx", contentType: "application/vnd.ms-excel", data: bytes }],
        draftName: "Laporan Mac",
      }).to,
    ).toEqual(["pegawai@jkm.gov.my"]);
    expect(parseArgs(ipcArgSchemas.writeBackup, { name: "b.json", data: bytes }).name).toBe("b.json");
    expect(parseArgs(ipcArgSchemas.readBackup, { name: "b.json" })).toEqual({ name: "b.json" });
  });

  it("rejects malformed saveFile arguments", () => {
    rejects("saveFile", undefined);
    rejects("saveFile", "a.xlsx");
    rejects("saveFile", { suggestedName: "a.xlsx", data: "not bytes" });
    rejects("saveFile", { suggestedName: "a.xlsx", data: [1, 2, 3] });
    rejects("saveFile", { suggestedName: "../x", data: bytes });
    rejects("saveFile", { suggestedName: "C:\\Windows\\x", data: bytes });
    rejects("saveFile", { suggestedName: "", data: bytes });
    rejects("saveFile", { suggestedName: "a", data: bytes, filters: [{ name: "x", extensions: ["*"] }] });
  });

  it("rejects malformed openFile arguments", () => {
    rejects("openFile", undefined);
    rejects("openFile", { maxBytes: -1 });
    rejects("openFile", { maxBytes: 1.5 });
    rejects("openFile", { maxBytes: 10 * 1024 * 1024 * 1024 });
    rejects("openFile", { filters: "xlsx" });
  });

  it("rejects any argument for parameterless methods", () => {
    for (const method of ["print", "listBackups", "appInfo"] as const) {
      rejects(method, {});
      rejects(method, "x");
      rejects(method, null);
    }
  });

  it("rejects malformed printToPdf arguments", () => {
    rejects("printToPdf", {});
    rejects("printToPdf", { suggestedName: "a/b.pdf" });
    rejects("printToPdf", { suggestedName: "a.pdf", landscape: "yes" });
  });

  it("rejects malformed email drafts", () => {
    const ok = { to: ["a@b.my"], subject: "s", body: "b", attachments: [], draftName: "d" };
    rejects("composeEmailDraft", { ...ok, to: ["not an address"] });
    rejects("composeEmailDraft", { ...ok, to: "a@b.my" });
    rejects("composeEmailDraft", { ...ok, draftName: "../../evil" });
    rejects("composeEmailDraft", {
      ...ok,
      attachments: [{ fileName: "a", contentType: "text/plain", data: "x" }],
    });
    rejects("composeEmailDraft", {
      ...ok,
      attachments: [{ fileName: "../a", contentType: "text/plain", data: bytes }],
    });
    rejects("composeEmailDraft", { ...ok, subject: "x".repeat(301) });
  });

  it("rejects backup names that could escape the backups folder", () => {
    for (const name of ["../x", "..", "a/b", "a\\b", "", "with space", 42]) {
      rejects("writeBackup", { name, data: bytes });
      rejects("readBackup", { name });
    }
    rejects("writeBackup", { name: "b.json", data: "text" });
    rejects("readBackup", "b.json");
  });
});
