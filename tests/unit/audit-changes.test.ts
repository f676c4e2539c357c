import { describe, expect, it } from "vitest";
import { auditChanges, codeListOf, referencesOf, SHOWN_ITEMS } from "../../renderer/features/audit/changes";
import { recordNames } from "../../renderer/db/audit-log";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { actor, freshDb, siteInput } from "./helpers";

describe("audit log changes", () => {
  it("lists only the fields a change touched, leaving out the metadata every write moves", () => {
    // The phone's digits are a search key worked out from the phone: shown once, as the phone. The version stamp
    // (which PC wrote it, what it had seen) is the PCs' bookkeeping.
    const before = {
      id: "a",
      rev: 1,
      updatedAt: "t1",
      pc: "PCA00001",
      pcSeq: 3,
      seen: { PCA00001: 3 },
      name: "Ali",
      phone: "012",
      phoneDigits: "012",
      tags: ["x"],
    };
    const after = {
      id: "a",
      rev: 2,
      updatedAt: "t2",
      pc: "PCB00001",
      pcSeq: 1,
      seen: { PCA00001: 3, PCB00001: 1 },
      name: "Ali",
      phone: "013",
      phoneDigits: "013",
      tags: ["x", "y"],
    };
    expect(auditChanges({ before, after })).toEqual([
      { field: "phone", before: { value: "012", more: 0 }, after: { value: "013", more: 0 } },
      { field: "tags", before: { value: ["x"], more: 0 }, after: { value: ["x", "y"], more: 0 } },
    ]);
  });

  it("shows a create with no before side, and a field that was removed as null", () => {
    expect(auditChanges({ before: null, after: { name: "Ali" } })).toEqual([
      { field: "name", before: null, after: { value: "Ali", more: 0 } },
    ]);
    expect(auditChanges({ before: { note: "x" }, after: {} })).toEqual([
      { field: "note", before: { value: "x", more: 0 }, after: { value: null, more: 0 } },
    ]);
  });

  it("knows the code list of a coded field", () => {
    expect(codeListOf("cases", "status")).toBe("caseStatus");
    expect(codeListOf("referrals", "status")).toBeNull();
    expect(codeListOf("persons", "maritalStatus")).toBe("marital");
    expect(codeListOf("organisations", "kind")).toBe("orgKind");
    expect(codeListOf("cases", "problem")).toBeNull();
  });

  it("shows the first items of a long list (an import's ids) and counts the rest", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `id-${i}`);
    const [count, list] = auditChanges({ before: null, after: { count: ids.length, ids } });
    expect(count).toEqual({ field: "count", before: null, after: { value: 20_000, more: 0 } });
    expect(list!.after).toEqual({ value: ids.slice(0, SHOWN_ITEMS), more: 20_000 - SHOWN_ITEMS });
    // A list of exactly the shown length is whole.
    const short = ids.slice(0, SHOWN_ITEMS);
    expect(auditChanges({ before: null, after: { short } })[0]!.after).toEqual({ value: short, more: 0 });
  });

  it("shows the name behind an id a change points to (site, officer...), and the id when it is gone", async () => {
    const db = freshDb();
    const admin = actor("pentadbir");
    const sph = await sitesRepo(db).create(admin, siteInput("SPH", "PPR Seri Pahang"));
    const changes = auditChanges({
      before: { siteId: sph.id, officerId: "u-gone", problem: "A" },
      after: { siteId: "s-missing", officerId: "u-gone2", problem: "B" },
    });
    const refs = referencesOf(changes);
    expect([...refs.keys()].sort()).toEqual(["sites", "users"]);
    expect([...refs.get("sites")!].sort()).toEqual([sph.id, "s-missing"].sort());
    const names = await recordNames(db, admin, refs);
    expect(names.get(`sites:${sph.id}`)).toBe("PPR Seri Pahang");
    expect(names.has("sites:s-missing")).toBe(false);
    // A PPK (settling a conflict) sees the names of their own site's records only.
    expect((await recordNames(db, actor("ppk", [sph.id]), refs)).get(`sites:${sph.id}`)).toBe(
      "PPR Seri Pahang",
    );
    expect((await recordNames(db, actor("ppk", ["elsewhere"]), refs)).has(`sites:${sph.id}`)).toBe(false);
  });
});
