// Why: unsaved forms survive a lock, another user's login and a power cut, and are only ever shown to their author.
import type { AppDB } from "./app-db";

export async function saveDraft(db: AppDB, userId: string, key: string, value: unknown): Promise<void> {
  await db.drafts.put({ userId, key, value, savedAt: new Date().toISOString() });
}

export async function loadDraft<T>(db: AppDB, userId: string, key: string): Promise<T | undefined> {
  const row = await db.drafts.get([userId, key]);
  return row?.value as T | undefined;
}

export async function clearDraft(db: AppDB, userId: string, key: string): Promise<void> {
  await db.drafts.delete([userId, key]);
}

/** The route a user was on when the app locked, restored when they log in again. */
export const ROUTE_DRAFT_KEY = "__route";
