// Why: Tetapan and the home screen read the same backup status: the last good one, a newer failure, the key, the folder.
import { useLiveQuery } from "dexie-react-hooks";
import { useCallback, useEffect, useState } from "react";
import type { BackupFolderStatus } from "../../../shared/host-api";
import { currentKey, lastResults } from "../../backup/service";
import { backupStore, type BackupLogRow } from "../../backup/store";
import { host } from "../../host";

export type BackupStatus = {
  loading: boolean;
  lastOk: BackupLogRow | null;
  lastFailed: BackupLogRow | null;
  keyReady: boolean | null;
  folder: BackupFolderStatus | null;
  refresh(): void;
};

/** The folder is asked again every minute (a USB stick may be pulled out at any time). */
const FOLDER_EVERY_MS = 60_000;

export function useBackupStatus(): BackupStatus {
  const results = useLiveQuery(() => lastResults(backupStore), [], null);
  const [keyReady, setKeyReady] = useState<boolean | null>(null);
  const [folder, setFolder] = useState<BackupFolderStatus | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    void currentKey()
      .then((k) => live && setKeyReady(k !== null))
      .catch(() => live && setKeyReady(false));
    const ask = () =>
      void host
        .backupFolderStatus()
        .then((f) => live && setFolder(f))
        .catch(() => live && setFolder(null));
    ask();
    const timer = setInterval(ask, FOLDER_EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [tick, results?.lastOk?.id]);
  return {
    loading: results === null,
    lastOk: results?.lastOk ?? null,
    lastFailed: results?.lastFailed ?? null,
    keyReady,
    folder,
    refresh,
  };
}
