// Why: SULIT material leaves the app only for roles that may release it; the pemerhati is refused below the UI, per document and path.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { canRelease } from "../../shared/domain/access";
import { roles, type Role } from "../../shared/domain/roles";
import type { AppDB } from "../../renderer/db/app-db";
import { actor, freshDb } from "./helpers";

const hostCalls: string[] = [];
const saved = (name: string) => ({ status: "saved" as const, fileName: name });
vi.mock("../../renderer/host", () => ({
  host: {
    saveFile: async (a: { suggestedName: string }) => (hostCalls.push("saveFile"), saved(a.suggestedName)),
    saveFolder: async (a: { folderName: string }) => (hostCalls.push("saveFolder"), saved(a.folderName)),
    composeEmailDraft: async () => (hostCalls.push("email"), saved("draf.eml")),
    print: async () => void hostCalls.push("print"),
    printToPdf: async (a: { suggestedName: string }) => (hostCalls.push("pdf"), saved(a.suggestedName)),
  },
}));

const { documents } = await import("../../renderer/features/laporan/documents");
const deliver = await import("../../renderer/features/laporan/deliver");
const { exportRegister } = await import("../../renderer/features/ppr/buku-rekod/export");
const { downloadAttachment } = await import("../../renderer/db/attachment-download");

const mayRelease: Record<Role, boolean> = { pentadbir: true, pkmd: true, ppk: true, pemerhati: false };
const file = { fileName: "dokumen.xlsx", data: new Uint8Array([1, 2, 3]) };

/** A stored investigation attachment (a MyKad copy) of one site. */
async function addAttachment(db: AppDB, id: string, siteId: string): Promise<void> {
  const at = "2026-10-01T00:00:00.000Z";
  await db.attachments.add({
    id,
    ownerTable: "investigations",
    ownerId: "i1",
    siteId,
    name: "mykad.jpg",
    label: "mykad",
    mime: "image/jpeg",
    size: 3,
    data: new Blob(["abc"]),
    createdAt: at,
    createdBy: "u",
    updatedAt: at,
    updatedBy: "u",
    rev: 1,
    deletedAt: null,
  });
}

beforeEach(() => {
  hostCalls.length = 0;
});

describe("the SULIT release rule", () => {
  it("lets every role take out what is not SULIT, and only the pemerhati is refused SULIT material", () => {
    for (const role of roles) {
      expect(canRelease({ role }, false)).toBe(true);
      expect(canRelease({ role }, true)).toBe(mayRelease[role]);
    }
  });

  it("marks Buku Rekod, Siasatan and Status Rujukan as SULIT documents", () => {
    const sulit = documents.filter((d) => d.sulit).map((d) => d.code);
    expect(sulit).toEqual(expect.arrayContaining(["buku-rekod", "siasatan", "status-rujukan"]));
  });
});

describe.each(roles)("delivery of every document by the %s", (role) => {
  const who = actor(role, role === "ppk" ? ["s1"] : []);
  it.each(documents.map((d) => [d.code, d.sulit] as const))(
    "%s (SULIT: %s): save, folder, email, print and PDF",
    async (code, sulit) => {
      const meta = { document: code, sulit, sites: ["s1"], period: "2026-10" };
      const paths = [
        () => deliver.saveOne(who, meta, file),
        () => deliver.saveFolder(who, meta, "pakej", [file]),
        () =>
          deliver.emailDraft(who, meta, { to: ["a@b.my"], subject: "S", body: "B", draftName: "d" }, [file]),
        () => deliver.printView(who, meta, "dokumen.pdf"),
        () => deliver.pdfView(who, meta, "dokumen.pdf", false),
      ];
      for (const run of paths) {
        if (sulit && !mayRelease[role]) await expect(run()).rejects.toMatchObject({ key: "e.sulitRelease" });
        else await run();
      }
      expect(hostCalls).toHaveLength(sulit && !mayRelease[role] ? 0 : paths.length);
    },
  );
});

describe("the register's Buku Rekod extract", () => {
  it("is refused to the pemerhati before anything is read or offered", async () => {
    const t = ((k: string) => k) as never;
    await expect(exportRegister(actor("pemerhati"), { siteIds: null }, t)).rejects.toMatchObject({
      key: "e.sulitRelease",
    });
    expect(hostCalls).toEqual([]);
  });
});

describe("attachments (MyKad copies)", () => {
  it.each(roles)("download by the %s: refused to the pemerhati, else saved and audited", async (role) => {
    const db = freshDb();
    await addAttachment(db, "a1", "s1");
    const who = actor(role, role === "ppk" ? ["s1"] : []);
    const save = vi.fn(async (name: string) => saved(name));
    if (!mayRelease[role]) {
      await expect(downloadAttachment(db, who, "a1", save)).rejects.toMatchObject({ key: "e.sulitRelease" });
      expect(save).not.toHaveBeenCalled();
      expect(await db.audit.count()).toBe(0);
      return;
    }
    await downloadAttachment(db, who, "a1", save);
    expect(save).toHaveBeenCalledOnce();
    expect(await db.audit.toArray()).toMatchObject([
      { action: "download", table: "attachments", recordId: "a1", actorId: who.userId },
    ]);
  });

  it("keeps a PPK to the attachments of their own sites", async () => {
    const db = freshDb();
    await addAttachment(db, "a2", "s2");
    await expect(
      downloadAttachment(db, actor("ppk", ["s1"]), "a2", async (n) => saved(n)),
    ).rejects.toMatchObject({ key: "e.forbidden" });
  });
});
