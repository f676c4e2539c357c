import { describe, expect, it } from "vitest";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { AccessError, ConflictError, NotFoundError, ValidationError } from "../../renderer/db/errors";
import { listBin, restoreFromBin } from "../../renderer/db/recycle-bin";
import { listAudit } from "../../renderer/db/audit-log";
import { actor, freshDb, siteInput } from "./helpers";

const admin = actor("pentadbir");

describe("repository writes", () => {
  it("stamps metadata and appends one audit row in the same transaction", async () => {
    const db = freshDb();
    const site = await sitesRepo(db).create(admin, siteInput("SPH"));
    expect(site.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(site).toMatchObject({ rev: 1, createdBy: admin.userId, updatedBy: admin.userId, deletedAt: null });
    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", table: "sites", recordId: site.id, before: null });
  });

  it("validates with the schema and writes nothing on bad input", async () => {
    const db = freshDb();
    await expect(sitesRepo(db).create(admin, { ...siteInput("x"), name: "" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    try {
      await sitesRepo(db).create(admin, { ...siteInput("x"), name: "" });
    } catch (e) {
      expect((e as ValidationError).fields).toMatchObject({ code: "v.siteCode", name: "v.required" });
    }
    expect(await db.sites.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it("refuses a duplicate site code, also against the recycle bin", async () => {
    const db = freshDb();
    const repo = sitesRepo(db);
    const s = await repo.create(admin, siteInput("SPH"));
    await expect(repo.create(admin, siteInput("sph"))).rejects.toMatchObject({
      fields: { code: "v.siteCodeTaken" },
    });
    await repo.softDelete(admin, s.id, s.rev);
    await expect(repo.create(admin, siteInput("SPH"))).rejects.toMatchObject({
      fields: { code: "v.siteCodeInBin" },
    });
    expect(await db.sites.count()).toBe(1);
  });

  it("refuses to overwrite a record changed since it was loaded, naming who changed it", async () => {
    const db = freshDb();
    await db.users.add({
      id: admin.userId,
      username: "admin",
      name: "Nama pentadbir",
      role: "pentadbir",
      siteIds: [],
      disabled: false,
      password: {
        algo: "PBKDF2-SHA256",
        iterations: 1,
        salt: "xxxxxxxxxxxxxxxxxxxxxxxx",
        hash: "xxxxxxxxxxxxxxxxxxxxxxxx",
      },
      createdAt: "",
      createdBy: "",
      updatedAt: "",
      updatedBy: "",
      rev: 1,
      deletedAt: null,
    });
    const repo = sitesRepo(db);
    const s = await repo.create(admin, siteInput("SPH"));
    const first = await repo.update(admin, s.id, 1, { ...siteInput("SPH"), name: "PPR Seri Pahang" });
    expect(first.rev).toBe(2);
    const stale = repo.update(admin, s.id, 1, { ...siteInput("SPH"), name: "PPR Lain" });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ updatedBy: "Nama pentadbir" });
    expect((await db.sites.get(s.id))?.name).toBe("PPR Seri Pahang");
    const audit = await db.audit.where("[table+recordId]").equals(["sites", s.id]).toArray();
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1]).toMatchObject({
      before: { name: "PPR SPH" },
      after: { name: "PPR Seri Pahang", rev: 2 },
    });
  });

  it("soft delete goes to the recycle bin and restore brings it back, both audited", async () => {
    const db = freshDb();
    const repo = sitesRepo(db);
    const s = await repo.create(admin, siteInput("SPH"));
    await repo.softDelete(admin, s.id, 1);
    await expect(repo.get(admin, s.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await repo.list(admin)).toHaveLength(0);
    const bin = await listBin(db, admin);
    expect(bin).toMatchObject([{ table: "sites", id: s.id, label: "SPH PPR SPH" }]);
    await restoreFromBin(db, admin, "sites", s.id);
    expect((await repo.get(admin, s.id)).deletedAt).toBeNull();
    expect(await listBin(db, admin)).toHaveLength(0);
    const { rows } = await listAudit(db, admin, { offset: 0, limit: 10 });
    expect(rows.map((r) => r.action)).toEqual(["restore", "delete", "create"]);
  });
});

describe("batch creation", () => {
  it("writes every record and one audit row naming them all", async () => {
    const db = freshDb();
    const made = await sitesRepo(db).createMany(admin, [
      siteInput("SPH"),
      siteInput("SPT"),
      siteInput("TPD"),
    ]);
    expect(await db.sites.count()).toBe(3);
    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "import",
      table: "sites",
      actorId: admin.userId,
      label: "3 rekod",
      after: { count: 3, ids: made.map((s) => s.id) },
    });
  });

  it("writes nothing at all when one record of the batch is refused", async () => {
    const db = freshDb();
    await expect(
      sitesRepo(db).createMany(admin, [siteInput("SPH"), { ...siteInput("SPT"), name: "" }]),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.sites.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });
});

describe("access rules per role", () => {
  it("a PPK sees and opens only assigned sites, whatever id is asked for", async () => {
    const db = freshDb();
    const repo = sitesRepo(db);
    const a = await repo.create(admin, siteInput("SPH"));
    const b = await repo.create(admin, siteInput("TPD"));
    const ppk = actor("ppk", [a.id]);
    expect((await repo.list(ppk)).map((s) => s.code)).toEqual(["SPH"]);
    await expect(repo.get(ppk, b.id)).rejects.toBeInstanceOf(AccessError);
    expect((await repo.get(ppk, a.id)).code).toBe("SPH");
  });
  it("pkmd and pemerhati see every site; only pentadbir manages sites; pemerhati changes nothing", async () => {
    const db = freshDb();
    const repo = sitesRepo(db);
    const a = await repo.create(admin, siteInput("SPH"));
    expect(await repo.list(actor("pkmd"))).toHaveLength(1);
    expect(await repo.list(actor("pemerhati"))).toHaveLength(1);
    for (const role of ["pkmd", "ppk", "pemerhati"] as const) {
      await expect(repo.create(actor(role, [a.id]), siteInput("ABC"))).rejects.toBeInstanceOf(AccessError);
      await expect(repo.update(actor(role, [a.id]), a.id, 1, siteInput("SPH"))).rejects.toBeInstanceOf(
        AccessError,
      );
      await expect(repo.softDelete(actor(role, [a.id]), a.id, 1)).rejects.toBeInstanceOf(AccessError);
    }
    await expect(listAudit(db, actor("ppk", [a.id]), { offset: 0, limit: 5 })).rejects.toBeInstanceOf(
      AccessError,
    );
    await expect(listAudit(db, actor("pemerhati"), { offset: 0, limit: 5 })).rejects.toBeInstanceOf(
      AccessError,
    );
    expect((await listAudit(db, actor("pkmd"), { offset: 0, limit: 5 })).total).toBe(1);
  });
});

describe("withoutMeta", () => {
  it("keeps the editable fields and drops exactly the stamped metadata", async () => {
    const { withoutMeta } = await import("../../shared/domain/record");
    const db = freshDb();
    const s = await sitesRepo(db).create(admin, siteInput("SPH"));
    expect(withoutMeta(s)).toEqual(siteInput("SPH"));
  });
});
