// Why: unit tests run Dexie over an in-memory IndexedDB, with "today" pinned so the suite passes on any day.
import "fake-indexeddb/auto";
import { vi } from "vitest";

/**
 * Every unit test starts at this moment (it then runs on in real time). `REKOD_TEST_NOW` (ISO 8601 with an offset)
 * moves the whole suite to another day; the journeys read the same variable (tests/e2e/support.ts).
 */
const now = new Date(process.env.REKOD_TEST_NOW ?? "2026-11-18T10:00:00+08:00");
if (Number.isNaN(now.getTime()))
  throw new Error(`REKOD_TEST_NOW is not a date: ${process.env.REKOD_TEST_NOW}`);
vi.useFakeTimers({ toFake: ["Date"], now, shouldAdvanceTime: true });
