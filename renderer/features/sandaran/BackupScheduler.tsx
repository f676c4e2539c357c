// Why: automatic backups: every 30 minutes of use when records changed, when the app is locked or logged out, and
// (best effort) when the window goes away; Electron's close waits for it. A missing key is shown in the status.
import { useEffect, useRef } from "react";
import { useSession } from "../../app/session";
import { backupDue, backupNow, currentKey } from "../../backup/service";
import type { BackupReason } from "../../../shared/backup/names";

const CHECK_EVERY_MS = 60_000;

declare global {
  // Called by the Electron main process before it closes the window (electron/main.ts).
  var rekodBeforeClose: (() => Promise<void>) | undefined;
}

/** Runs a backup when a key is there; failures are in the backup log and the status, never thrown here. */
async function quietly(reason: BackupReason, onlyIfDue: boolean): Promise<void> {
  try {
    if (!(await currentKey())) return;
    if (onlyIfDue && !(await backupDue())) return;
    await backupNow(reason);
  } catch (e) {
    console.warn("automatic backup", reason, e);
  }
}

export function BackupScheduler() {
  const { state } = useSession();
  const previous = useRef(state.status);
  useEffect(() => {
    const before = previous.current;
    previous.current = state.status;
    if (before === "active" && state.status !== "active") void quietly("lock", false);
  }, [state.status]);
  useEffect(() => {
    if (state.status !== "active") return;
    const timer = setInterval(() => void quietly("auto", true), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [state.status]);
  useEffect(() => {
    const onHide = () => void quietly("close", true);
    window.addEventListener("pagehide", onHide);
    globalThis.rekodBeforeClose = () => quietly("close", true);
    return () => {
      window.removeEventListener("pagehide", onHide);
      globalThis.rekodBeforeClose = undefined;
    };
  }, []);
  return null;
}
