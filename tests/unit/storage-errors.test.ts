// Why: which IndexedDB failures mean damaged storage, a newer schema or a full disk decides between the recovery
// screen and a save's message; the checked open refuses a newer schema before Dexie can patch it.
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { StorageFailure, classifyStorageError, technicalDetail } from "../../renderer/db/storage-errors";
import { openChecked } from "../../renderer/db/open-checked";
import { salvageDatabase } from "../../renderer/db/salvage";
import { AccessError, ConflictError, NotFoundError, ValidationError } from "../../renderer/db/errors";
import { freshDb } from "./helpers";

const dom = (message: string, name: string) => new DOMException(message, name);

describe("classifyStorageError", () => {
  it("names a full disk however it arrives", () => {
    expect(classifyStorageError(dom("The quota has been exceeded.", "QuotaExceededError"))).toBe("diskFull");
    expect(classifyStorageError(new Dexie.QuotaExceededError("quota"))).toBe("diskFull");
    // Chromium aborts the transaction; Dexie wraps the abort and keeps the cause as `inner`.
    const abort = new Dexie.AbortError("Transaction aborted", dom("quota exceeded", "QuotaExceededError"));
    expect(classifyStorageError(abort)).toBe("diskFull");
    expect(classifyStorageError(dom("IO error: No space left on device", "UnknownError"))).toBe("diskFull");
    const bulk = new Dexie.BulkError("1 of 2 failed", { 1: dom("q", "QuotaExceededError") });
    expect(classifyStorageError(bulk)).toBe("diskFull");
  });

  it("names a newer schema", () => {
    expect(
      classifyStorageError(new Dexie.VersionError("requested version 90 is less than existing 990")),
    ).toBe("newerSchema");
    expect(
      classifyStorageError(dom("The requested version is less than the existing version.", "VersionError")),
    ).toBe("newerSchema");
    expect(
      classifyStorageError(new StorageFailure("newerSchema", "x", { versions: { stored: 99, app: 9 } })),
    ).toBe("newerSchema");
  });

  it("names damaged storage: backing store, unknown and unreadable errors, missing tables, failed opens", () => {
    expect(
      classifyStorageError(dom("Internal error opening backing store for indexedDB.open.", "UnknownError")),
    ).toBe("damaged");
    expect(classifyStorageError(dom("The file could not be read", "NotReadableError"))).toBe("damaged");
    expect(classifyStorageError(new Dexie.OpenFailedError("open failed"))).toBe("damaged");
    expect(classifyStorageError(new Dexie.MissingAPIError("IndexedDB API missing"))).toBe("damaged");
    expect(
      classifyStorageError(
        dom(
          "Failed to execute 'transaction' on 'IDBDatabase': One of the specified object stores was not found.",
          "NotFoundError",
        ),
      ),
    ).toBe("damaged");
    expect(classifyStorageError(new Dexie.DatabaseClosedError(dom("backing store", "UnknownError")))).toBe(
      "damaged",
    );
    expect(classifyStorageError(new StorageFailure("damaged", "table unreadable"))).toBe("damaged");
  });

  it("leaves refusals of a record and ordinary bugs alone", () => {
    expect(classifyStorageError(new ValidationError({ name: "v.required" }))).toBeNull();
    expect(classifyStorageError(new ConflictError("u", "2026-11-18T00:00:00Z"))).toBeNull();
    expect(classifyStorageError(new AccessError())).toBeNull();
    expect(classifyStorageError(new NotFoundError())).toBeNull();
    expect(classifyStorageError(new TypeError("x is undefined"))).toBeNull();
    expect(classifyStorageError(new Dexie.ConstraintError("Key already exists"))).toBeNull();
    expect(classifyStorageError("text")).toBeNull();
    expect(classifyStorageError(null)).toBeNull();
  });

  it("tells the IT person every wrapped error, outermost first", () => {
    const e = new Dexie.OpenFailedError(dom("Internal error opening backing store", "UnknownError"));
    const text = technicalDetail(new StorageFailure("damaged", "open failed", { cause: e }));
    expect(text.split("\n")[0]).toBe("StorageFailure: open failed");
    expect(text).toContain("UnknownError: Internal error opening backing store");
  });
});

describe("openChecked", () => {
  it("opens the app's database and reads every table", async () => {
    const db = freshDb();
    await expect(openChecked(db)).resolves.toBeUndefined();
    expect(db.isOpen()).toBe(true);
    db.close();
  });

  it("refuses a database saved by a newer schema, without changing it", async () => {
    const db = freshDb();
    const newer = new Dexie(db.name);
    newer.version(db.verno + 90).stores({ masaDepan: "id" });
    await newer.open();
    newer.close();
    const failure = await openChecked(db).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageFailure);
    expect((failure as StorageFailure).problem).toBe("newerSchema");
    expect((failure as StorageFailure).versions).toEqual({ stored: db.verno + 90, app: db.verno });
    const after = await salvageDatabase(db.name);
    expect(after?.version).toBe((db.verno + 90) * 10);
    expect(after?.tables.map((t) => t.name)).toEqual(["masaDepan"]);
  });
});

describe("salvageDatabase", () => {
  it("reads every table as stored, and creates nothing where no database exists", async () => {
    const db = freshDb();
    await db.open();
    await db.sites.bulkPut([{ id: "s1" }, { id: "s2" }] as never);
    await db.drafts.put({ userId: "u", key: "k", value: { a: 1 }, savedAt: "x" });
    db.close();
    const s = await salvageDatabase(db.name);
    expect(s?.tables.find((t) => t.name === "sites")).toMatchObject({
      rows: [{ id: "s1" }, { id: "s2" }],
      lost: 0,
      complete: true,
    });
    expect(s?.tables.find((t) => t.name === "drafts")?.rows).toHaveLength(1);
    expect(await salvageDatabase("no-such-database-rekod")).toBeNull();
    expect((await indexedDB.databases()).some((d) => d.name === "no-such-database-rekod")).toBe(false);
  });
});

describe("salvageDatabase past damage", () => {
  const getAll = IDBObjectStore.prototype.getAll;
  const openCursor = IDBObjectStore.prototype.openCursor;
  afterEach(() => {
    IDBObjectStore.prototype.getAll = getAll;
    IDBObjectStore.prototype.openCursor = openCursor;
  });

  it("reads a table that fails whole row by row, skipping the one row that does not read", async () => {
    const db = freshDb();
    await db.open();
    await db.sites.bulkPut(["s1", "s2", "s3", "s4", "s5"].map((id) => ({ id })) as never);
    db.close();
    // Fault injection: the table cannot be read in one go, and its row s3 fails as a damaged block does.
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
      if (this.name === "sites")
        throw new DOMException("Corruption: block checksum mismatch", "UnknownError");
      return getAll.apply(this, args);
    };
    IDBObjectStore.prototype.openCursor = function (
      this: IDBObjectStore,
      ...args: Parameters<typeof openCursor>
    ) {
      const req = openCursor.apply(this, args);
      if (this.name !== "sites") return req;
      let onerror: ((ev: unknown) => void) | null = null;
      Object.defineProperty(req, "onerror", { set: (f) => (onerror = f), get: () => onerror });
      Object.defineProperty(req, "onsuccess", {
        set: (f: (ev: Event) => void) =>
          req.addEventListener("success", (ev) => {
            if (req.result?.primaryKey === "s3") onerror?.({ preventDefault() {} });
            else f(ev);
          }),
      });
      return req;
    };
    const sites = (await salvageDatabase(db.name))?.tables.find((t) => t.name === "sites");
    // Each row as written (with the version stamp every write carries).
    expect(sites?.rows).toMatchObject([{ id: "s1" }, { id: "s2" }, { id: "s4" }, { id: "s5" }]);
    expect(sites?.lost).toBe(1);
    expect(sites?.complete).toBe(false);
    expect(sites?.error).toContain("block checksum mismatch");
  });
});
