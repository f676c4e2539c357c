// Why: the app starts only after the database opened and every table read (openChecked); a failure then or later
// (in a render, a route, a save or a promise nobody awaits) shows the recovery screen in place of the app.
import { Center, Loader } from "@mantine/core";
import { useEffect, useState, type ReactNode } from "react";
import { db } from "../../db/instance";
import { openChecked } from "../../db/open-checked";
import { StorageFailure } from "../../db/storage-errors";
import { RecoveryScreen } from "./RecoveryScreen";
import { StorageErrorBoundary } from "./StorageErrorBoundary";
import { reportOpenFailure, reportStorageFailure, useStorageFailure } from "./storage-failure";

export function Boot({ children }: { children: ReactNode }) {
  const failure = useStorageFailure();
  const [open, setOpen] = useState(false);
  // A read that fails in a promise no screen waits for (a list's next page, a count) still leads to recovery.
  useEffect(() => {
    const onRejection = (e: PromiseRejectionEvent) => void reportStorageFailure(e.reason);
    window.addEventListener("unhandledrejection", onRejection);
    return () => window.removeEventListener("unhandledrejection", onRejection);
  }, []);
  useEffect(() => {
    openChecked(db).then(
      () => setOpen(true),
      (e: unknown) =>
        reportOpenFailure(e instanceof StorageFailure ? e : new StorageFailure("damaged", String(e))),
    );
  }, []);
  if (failure) return <RecoveryScreen failure={failure} />;
  if (!open)
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  return <StorageErrorBoundary>{children}</StorageErrorBoundary>;
}
