// Why: unit tests run Dexie over an in-memory IndexedDB.
import "fake-indexeddb/auto";
