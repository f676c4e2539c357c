// Why: screens read the storage figures when they open and again every few minutes (a disk fills while people work).
import { useEffect, useState } from "react";
import { host } from "../../host";
import type { StorageFigures } from "./storage-state";

const REFRESH_MS = 5 * 60_000;

async function orNull<T>(p: Promise<T> | undefined): Promise<T | null> {
  try {
    return (await p) ?? null;
  } catch {
    return null;
  }
}

export async function readStorageFigures(): Promise<StorageFigures> {
  const [persisted, estimate, disk] = await Promise.all([
    orNull(navigator.storage?.persisted?.()),
    orNull(navigator.storage?.estimate?.()),
    orNull(host.diskSpace()),
  ]);
  return {
    persisted,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
    diskFree: disk?.freeBytes ?? null,
  };
}

export function useStorageFigures(): StorageFigures | null {
  const [figures, setFigures] = useState<StorageFigures | null>(null);
  useEffect(() => {
    let alive = true;
    const read = () => void readStorageFigures().then((f) => alive && setFigures(f));
    read();
    const timer = setInterval(read, REFRESH_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);
  return figures;
}
