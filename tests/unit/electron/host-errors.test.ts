// Why: the page must receive bare host.* keys, never Electron's wrapper text or internal details.
import { describe, expect, it } from "vitest";
import { hostErrorKey, toHostError, UNEXPECTED_HOST_ERROR } from "../../../electron/host-errors";

describe("toHostError", () => {
  it("keeps host.* errors and hides everything else", () => {
    const known = new Error("host.writeFailed");
    expect(toHostError(known)).toBe(known);
    expect(toHostError(new Error("EACCES: permission denied, open 'C:\\Users\\siti\\x'")).message).toBe(
      UNEXPECTED_HOST_ERROR,
    );
    expect(toHostError("host.writeFailed").message).toBe(UNEXPECTED_HOST_ERROR);
    expect(toHostError(new Error("host.writeFailed and more")).message).toBe(UNEXPECTED_HOST_ERROR);
  });
});

describe("hostErrorKey", () => {
  it("unwraps Electron's remote error text", () => {
    expect(
      hostErrorKey(new Error("Error invoking remote method 'host:save-file': Error: host.writeFailed")),
    ).toBe("host.writeFailed");
    expect(hostErrorKey(new Error("host.badArguments"))).toBe("host.badArguments");
  });

  it("falls back to host.unexpected", () => {
    expect(hostErrorKey(new Error("Error invoking remote method 'host:x': TypeError: boom"))).toBe(
      UNEXPECTED_HOST_ERROR,
    );
    expect(hostErrorKey(undefined)).toBe(UNEXPECTED_HOST_ERROR);
  });
});
