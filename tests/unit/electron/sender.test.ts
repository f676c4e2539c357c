// Why: IPC handlers trust only the app's own page; a remote or destroyed frame must be refused.
import { describe, expect, it } from "vitest";
import { assertTrustedSender, isTrustedSender } from "../../../electron/sender";

describe("sender frame check", () => {
  it("trusts app://rekod pages", () => {
    expect(isTrustedSender({ url: "app://rekod/index.html" })).toBe(true);
    expect(isTrustedSender({ url: "app://rekod/index.html#/laporan" })).toBe(true);
    expect(() => assertTrustedSender({ url: "app://rekod/" })).not.toThrow();
  });

  it("refuses other origins and look-alikes", () => {
    for (const url of [
      "https://evil.example/",
      "app://rekod.evil/index.html",
      "app://rekodx/index.html",
      "app://evil@rekod/index.html",
      "app://rekod@evil/index.html",
      "file:///C:/app/index.html",
      "about:blank",
      "",
    ]) {
      expect(isTrustedSender({ url }), url).toBe(false);
      expect(() => assertTrustedSender({ url }), url).toThrow("host.forbidden");
    }
  });

  it("refuses a missing or destroyed frame", () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    const destroyed = {
      get url(): string {
        throw new Error("Render frame was disposed before WebFrameMain could be accessed");
      },
    };
    expect(isTrustedSender(destroyed)).toBe(false);
    expect(() => assertTrustedSender(null)).toThrow("host.forbidden");
  });
});
