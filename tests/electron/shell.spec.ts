// Why: checks the real desktop shell where the Electron binary exists; elsewhere it is skipped with the reason, never faked green.
import { _electron as electron, expect, test } from "@playwright/test";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  try {
    const path = require("electron") as unknown;
    return typeof path === "string" && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test.describe("Electron shell", () => {
  test.skip(
    !binary,
    "The Electron binary is not installed (its download is blocked on this machine); the shell's logic is covered by tests/unit/electron.",
  );

  test("opens the app from app://, sandboxed, with window.host and no Node in the page", async () => {
    const app = await electron.launch({ executablePath: binary!, args: ["."] });
    try {
      const win = await app.firstWindow();
      await expect(win).toHaveTitle("Rekod Komuniti");
      expect(win.url()).toMatch(/^app:\/\/rekod\//);
      const probe = await win.evaluate(() => ({
        host: typeof window.host?.appInfo,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(probe).toEqual({ host: "function", require: "undefined", process: "undefined" });
      const info = await win.evaluate(() => window.host!.appInfo());
      expect(info.shell).toBe("electron");
      await expect(
        win.evaluate(() => window.host!.saveFile({ suggestedName: "../x", data: new Uint8Array(1) })),
      ).rejects.toThrow(/host\.badArguments/);
      await win.evaluate(() => {
        location.href = "https://example.com/";
      });
      await win.waitForTimeout(500);
      expect(win.url()).toMatch(/^app:\/\/rekod\//);
    } finally {
      await app.close();
    }
  });
});
