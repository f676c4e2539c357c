// Why: only damaged storage or a newer schema turns the window to the recovery screen; a full disk met during use is a
// save's message, and a record's refusal or a bug never is.
import Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { reportStorageFailure } from "../../renderer/features/pemulihan/storage-failure";
import { ValidationError } from "../../renderer/db/errors";

describe("reportStorageFailure", () => {
  it("sends damaged storage to recovery, and nothing else", () => {
    expect(reportStorageFailure(new DOMException("The quota has been exceeded.", "QuotaExceededError"))).toBe(
      false,
    );
    expect(reportStorageFailure(new ValidationError({ name: "v.required" }))).toBe(false);
    expect(reportStorageFailure(new TypeError("x is undefined"))).toBe(false);
    expect(reportStorageFailure(new Dexie.ConstraintError("Key already exists"))).toBe(false);
    expect(
      reportStorageFailure(new DOMException("Internal error opening backing store", "UnknownError")),
    ).toBe(true);
  });
});
