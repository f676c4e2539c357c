// Why: who signs each official document is the officer who owns the work (not whoever printed it), once, and never the same person twice unsaid.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { documentSignatories } from "../../../renderer/features/laporan/signatories";
import type { Role } from "../../../shared/domain/roles";
import { bukuRekodModel } from "../../../shared/reports/buku-rekod";
import { bukuRekodXlsx } from "../../../shared/reports/buku-rekod-xlsx";
import { samePerson, signatories, type SignatoryFacts } from "../../../shared/reports/frame/signatories";
import { signatureBlock, type SignatureInput } from "../../../shared/reports/frame/text";
import { pelaksanaanProgramModel } from "../../../shared/reports/pelaksanaan-program/model";
import { profailKomunitiModel } from "../../../shared/reports/profail-komuniti/model";
import { siasatanModel } from "../../../shared/reports/siasatan/model";
import { siasatanDocx } from "../../../shared/reports/siasatan/docx";
import { statistikKesDocx } from "../../../shared/reports/statistik-kes/docx";
import { statistikKesModel } from "../../../shared/reports/statistik-kes/model";
import { statistikKesXlsx } from "../../../shared/reports/statistik-kes/xlsx";
import { statusRujukanModel } from "../../../shared/reports/status-rujukan/model";
import { statusRujukanXlsx } from "../../../shared/reports/status-rujukan/xlsx";
import { bukuRekodFixture } from "../../fixtures/reports/buku-rekod";
import { fixtureInput as programmeInput } from "../../fixtures/reports/pelaksanaan-program";
import { fixtureInput as profileInput } from "../../fixtures/reports/profail-komuniti";
import { fixtureInput as siasatanInput } from "../../fixtures/reports/siasatan";
import { fixtureInput as statsInput } from "../../fixtures/reports/statistik-kes";
import { statusRujukanInput } from "../../render/status-rujukan-input";
import { actor, freshDb } from "../helpers";

const PPK = "Pekerja Pembangunan Komuniti";
const aminah = { id: "u-aminah", name: "Aminah binti Hassan", jawatan: PPK };
const bala = { id: "u-bala", name: "Bala a/l Muthu", jawatan: PPK };
const pkmd = { name: "Encik Razak bin Osman", jawatan: "Pegawai Kebajikan Masyarakat Daerah" };
const maker = (
  role: Role,
  who: { id: string; name: string } = { id: `u-${role}`, name: `Nama ${role}` },
) => ({
  ...who,
  role,
  jawatan: role === "ppk" ? PPK : role === "pkmd" ? pkmd.jawatan : "Pentadbir Sistem",
});
const facts = (over: Partial<SignatoryFacts>): SignatoryFacts => ({
  scope: "site",
  maker: maker("pentadbir"),
  sitePpks: [aminah],
  reviewer: pkmd,
  ...over,
});
/** Every text of a signature block, top to bottom. */
const words = (s: SignatureInput) => signatureBlock(s).flatMap((c) => [c.heading, ...c.lines]);
const countIn = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe("the signatory rule", () => {
  it("names the site's PPK as preparer of a site document, whoever makes it; the PKMD checks", () => {
    for (const role of ["pentadbir", "pkmd", "pemerhati"] as const) {
      const s = signatories(facts({ maker: maker(role) }));
      expect(s.preparedBy).toMatchObject({ name: aminah.name, jawatan: PPK });
      expect(s.reviewedBy).toMatchObject(pkmd);
      expect(signatureBlock(s).map((c) => c.heading)).toEqual([
        "Disediakan oleh:",
        "Disemak / Disahkan oleh:",
      ]);
    }
  });

  it("keeps the maker when the maker is one of the site's PPKs, else takes the first PPK", () => {
    expect(signatories(facts({ maker: maker("ppk", bala), sitePpks: [aminah, bala] })).preparedBy.name).toBe(
      bala.name,
    );
    expect(signatories(facts({ maker: maker("pkmd"), sitePpks: [aminah, bala] })).preparedBy.name).toBe(
      aminah.name,
    );
  });

  it("gives a district document made by the PKMD one column naming the PKMD once", () => {
    const s = signatories(facts({ scope: "district", maker: maker("pkmd"), sitePpks: [aminah, bala] }));
    const block = signatureBlock(s);
    expect(block).toEqual([
      {
        heading: "Disediakan dan disahkan oleh:",
        lines: [`Nama: ${pkmd.name}`, `Jawatan: ${pkmd.jawatan}`, "Tarikh: ...................."],
      },
    ]);
  });

  it("lets a PPK prepare the district list of their own sites, checked by the PKMD", () => {
    const s = signatories(
      facts({ scope: "district", maker: maker("ppk", aminah), sitePpks: [aminah, bala] }),
    );
    expect(words(s)).toEqual(expect.arrayContaining([`Nama: ${aminah.name}`, `Nama: ${pkmd.name}`]));
    expect(signatureBlock(s)).toHaveLength(2);
  });

  it("has the PKMD prepare and check a site with no PPK, saying so", () => {
    const s = signatories(facts({ maker: maker("pkmd"), sitePpks: [] }));
    expect(signatureBlock(s).map((c) => c.heading)).toEqual(["Disediakan dan disahkan oleh:"]);
  });

  it("names the record's author (investigating officer, profile author) before anyone else", () => {
    const s = signatories(facts({ maker: maker("ppk", aminah), author: bala }));
    expect(s.preparedBy).toMatchObject({ id: bala.id, name: bala.name });
  });

  it("never shows one officer as both preparer and checker without saying so (same user, or the same name)", () => {
    expect(samePerson({ preparedBy: { ...aminah }, reviewedBy: { ...aminah } })).toBe(true);
    expect(
      samePerson({
        preparedBy: { name: "ENCIK  Razak bin Osman", jawatan: "" },
        reviewedBy: { name: "Encik Razak bin Osman." },
      }),
    ).toBe(true);
    // Two users who happen to share a name are two officers.
    expect(samePerson({ preparedBy: { ...aminah }, reviewedBy: { ...aminah, id: "u-other" } })).toBe(false);
    const author = { id: "u-pkmd", name: pkmd.name, jawatan: pkmd.jawatan };
    const s = signatories(facts({ author, reviewer: { ...author } }));
    expect(signatureBlock(s)).toHaveLength(1);
    expect(words(s).filter((w) => w.includes(pkmd.name))).toHaveLength(1);
  });
});

describe("each document signs as the rule says", () => {
  const pkmdDistrict = signatories(
    facts({ scope: "district", maker: maker("pkmd"), sitePpks: [aminah, bala] }),
  );
  const siteByPkmd = signatories(facts({ maker: maker("pkmd") }));

  it("Statistik Kes: a district report made by the PKMD is signed once, at the end, in one column, in both files", async () => {
    const model = statistikKesModel({ ...statsInput, signature: pkmdDistrict });
    expect(model.sheets.length).toBeGreaterThan(1);
    const doc = await (
      await JSZip.loadAsync(await statistikKesDocx(model))
    )
      .file("word/document.xml")!
      .async("string");
    expect(countIn(doc, "Disediakan dan disahkan oleh:")).toBe(1);
    expect(countIn(doc, "Disediakan oleh:")).toBe(0);
    expect(countIn(doc, `Nama: ${pkmd.name}`)).toBe(1);
    // At the end, as on paper: after the last site's table.
    const lastSite = model.sheets.at(-1)!.subtitle[1]!;
    expect(doc.lastIndexOf(lastSite)).toBeGreaterThan(-1);
    expect(doc.indexOf("Disediakan dan disahkan oleh:")).toBeGreaterThan(doc.lastIndexOf(lastSite));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await statistikKesXlsx(model)).buffer as ArrayBuffer);
    const named = wb.worksheets.map((ws) => {
      let n = 0;
      ws.eachRow((r) => r.eachCell((c) => void (String(c.value ?? "") === `Nama: ${pkmd.name}` && (n += 1))));
      return n;
    });
    expect(named).toEqual([...model.sheets.slice(1).map(() => 0), 1]);
  });

  it("Statistik Kes: a site's report names the site's PPK, not the PKMD who printed it", () => {
    const model = statistikKesModel({
      ...statsInput,
      sites: statsInput.sites.slice(0, 1),
      signature: siteByPkmd,
    });
    expect(model.signature[0].lines[0]).toBe(`Nama: ${aminah.name}`);
    expect(model.signature[1]?.lines[0]).toBe(`Nama: ${pkmd.name}`);
  });

  it("Buku Rekod: the site's PPK prepares; the district extract by the PKMD has one column", async () => {
    const site = bukuRekodModel({ ...bukuRekodFixture(3), signature: siteByPkmd });
    expect(site.signature.map((c) => c.lines[0])).toEqual([`Nama: ${aminah.name}`, `Nama: ${pkmd.name}`]);
    const district = bukuRekodModel({ ...bukuRekodFixture(3), signature: pkmdDistrict });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bukuRekodXlsx(district)).buffer as ArrayBuffer);
    const texts: string[] = [];
    // A merged cell's value is read from each of its cells: count the master cells only.
    wb.worksheets[0]!.eachRow((r) =>
      r.eachCell((c) => void (c.master.address === c.address && texts.push(JSON.stringify(c.value)))),
    );
    const all = texts.join("\n");
    expect(countIn(all, "Disediakan dan disahkan oleh:")).toBe(1);
    expect(countIn(all, `Nama: ${pkmd.name}`)).toBe(1);
    expect(all).not.toContain("Disemak / Disahkan oleh:");
  });

  it("Senarai Status Rujukan: a district list made by the PKMD names the PKMD once", async () => {
    const model = statusRujukanModel({ ...statusRujukanInput, signature: pkmdDistrict });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await statusRujukanXlsx(model)).buffer as ArrayBuffer);
    const texts: string[] = [];
    wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => texts.push(String(c.value ?? ""))));
    expect(texts.filter((t) => t.includes(pkmd.name))).toEqual([`Nama: ${pkmd.name}`]);
    expect(texts).toContain("Disediakan dan disahkan oleh:");
    expect(texts).not.toContain("Disemak / Disahkan oleh:");
  });

  it("Pelaksanaan Program: the site's PPK prepares it", () => {
    const model = pelaksanaanProgramModel({ ...programmeInput, signature: siteByPkmd });
    expect(model.signature.map((c) => c.heading)).toEqual(["Disediakan oleh:", "Disemak / Disahkan oleh:"]);
    expect(model.signature[0].lines[0]).toBe(`Nama: ${aminah.name}`);
  });

  it("Profail Komuniti: the author of the version prepares it, whoever prints it", () => {
    const s = signatories(facts({ maker: maker("ppk", aminah), author: bala }));
    const model = profailKomunitiModel({ ...profileInput, signature: s });
    expect(model.signature[0].lines[0]).toBe(`Nama: ${bala.name}`);
  });

  it("Siasatan: the investigating officer prepares, the deciding PKMD checks; one officer doing both is said once", async () => {
    const decider = { id: "u-pkmd", ...pkmd };
    const two = siasatanModel({
      ...siasatanInput,
      signature: signatories(facts({ maker: maker("pkmd"), author: bala, reviewer: decider })),
    });
    expect(two.signature.map((c) => [c.heading, c.lines[0]])).toEqual([
      ["Disediakan oleh (Pegawai Penyiasat):", `Nama: ${bala.name}`],
      ["Disemak / Disahkan oleh (PKMD):", `Nama: ${pkmd.name}`],
    ]);
    const one = siasatanModel({
      ...siasatanInput,
      signature: signatories(facts({ maker: maker("pkmd"), author: decider, reviewer: decider })),
    });
    expect(one.signature).toHaveLength(1);
    expect(one.signature[0].heading).toBe("Disediakan dan disahkan oleh (Pegawai Penyiasat dan PKMD):");
    const doc = await (
      await JSZip.loadAsync(await siasatanDocx(one))
    )
      .file("word/document.xml")!
      .async("string");
    expect(countIn(doc, `Nama: ${pkmd.name}`)).toBe(1);
  });
});

describe("the signatories read from the users", () => {
  it("finds the active PPK of the site, the author and the decider; skips disabled and deleted users", async () => {
    const db = freshDb();
    const meta = { createdAt: "", createdBy: "x", updatedAt: "", updatedBy: "x", rev: 1, deletedAt: null };
    const user = (id: string, name: string, role: Role, siteIds: string[], more = {}) => ({
      ...meta,
      id,
      username: id,
      name,
      role,
      siteIds,
      disabled: false,
      ...more,
    });
    await db.users.bulkAdd([
      user("u-ali", "Ali Disabled", "ppk", ["s1"], { disabled: true }),
      user("u-abu", "Abu Deleted", "ppk", ["s1"], { deletedAt: "2026-01-01T00:00:00Z" }),
      user("u-zul", "Zulkifli bin Omar", "ppk", ["s1"], { jawatan: "PPK Kanan" }),
      user("u-mei", "Mei Ling", "ppk", ["s2"]),
      user("u-pkmd", "Puan Rosnah", "pkmd", []),
    ] as never);
    const context = { signature: { preparedBy: { name: "x", jawatan: "x" }, reviewedBy: pkmd } };
    const admin = actor("pentadbir");
    const site = await documentSignatories(db, context, admin, { siteIds: ["s1"] });
    expect(site.preparedBy).toMatchObject({ id: "u-zul", name: "Zulkifli bin Omar", jawatan: "PPK Kanan" });
    expect(site.reviewedBy).toMatchObject(pkmd);
    const district = await documentSignatories(db, context, actor("pkmd", [], "u-pkmd"), {
      siteIds: ["s1", "s2"],
    });
    expect(signatureBlock(district)).toHaveLength(1);
    const mei = await documentSignatories(
      db,
      context,
      { ...actor("ppk", ["s2"], "u-mei"), name: "Mei Ling" },
      {
        siteIds: ["s1", "s2"],
      },
    );
    expect(mei.preparedBy.name).toBe("Mei Ling");
    const inv = await documentSignatories(db, context, admin, {
      siteIds: ["s1"],
      authorId: "u-mei",
      reviewerId: "u-pkmd",
    });
    expect(inv.preparedBy.name).toBe("Mei Ling");
    expect(inv.reviewedBy).toMatchObject({ id: "u-pkmd", name: "Puan Rosnah", jawatan: pkmd.jawatan });
  });
});
