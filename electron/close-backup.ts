// Why: closing the window first lets the page make its closing backup (renderer BackupScheduler), for at most a minute,
// so closing the app at the end of the day leaves a verified backup behind.
import type { BrowserWindow } from "electron";

/** Longest the window waits for the closing backup before it closes anyway. */
export const CLOSE_BACKUP_LIMIT_MS = 60_000;

/** Holds the first close of `win` until the page's `rekodBeforeClose()` settles (or the limit passes), then closes. */
export function backupBeforeClose(win: BrowserWindow, limitMs = CLOSE_BACKUP_LIMIT_MS): void {
  let done = false;
  win.on("close", (event) => {
    if (done || win.webContents.isDestroyed()) return;
    event.preventDefault();
    done = true;
    const backup = win.webContents
      .executeJavaScript("globalThis.rekodBeforeClose ? globalThis.rekodBeforeClose() : null", true)
      .catch((error: unknown) => console.error("[close] backup failed", error));
    const limit = new Promise((resolve) => setTimeout(resolve, limitMs));
    void Promise.race([backup, limit]).finally(() => {
      if (!win.isDestroyed()) win.close();
    });
  });
}
