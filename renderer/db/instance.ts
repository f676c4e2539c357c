// Why: the renderer's single open database; tests make their own AppDB instead.
import { AppDB } from "./app-db";

export const db = new AppDB();

/** Ask Chromium not to evict our data under storage pressure; returns whether it agreed. */
export async function requestPersistence(): Promise<boolean> {
  try {
    if (await navigator.storage?.persisted?.()) return true;
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
