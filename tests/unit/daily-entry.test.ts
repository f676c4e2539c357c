import i18next from "i18next";
import { describe, expect, it } from "vitest";
import {
  emptyPerson,
  personFormErrors,
  personSchema,
  tidyPerson,
  type PersonInput,
} from "../../shared/domain/person";
import { todayIn } from "../../shared/domain/dates";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { personsRepo } from "../../renderer/db/repositories/persons";
import { caseNotesRepo, casesRepo, caseWithTimeline } from "../../renderer/db/repositories/cases";
import { closeReferral, recordCheck, referCase } from "../../renderer/db/repositories/referrals";
import { organisationsRepo } from "../../renderer/db/repositories/directory";
import { entryText } from "../../renderer/features/ppr/buku-rekod/timeline-text";
import { buildResources } from "../../renderer/i18n/resources";
import { caseStatuses } from "../../shared/domain/codes";
import { joinParts } from "../../renderer/app/format";
import { householdsRepo } from "../../renderer/db/repositories/households";
import { householdsPage, personsPage, type ListCursor } from "../../renderer/db/persons-list";
import { registerCount, registerMatches, registerPage, sitesFor } from "../../renderer/db/register";
import { actor, freshDb, siteInput } from "./helpers";

const today = todayIn();
const admin = actor("pentadbir");

describe("a new person (issue 12 item 17)", () => {
  it("starts with sex, ethnic group and marital status empty, each asked for by name", () => {
    const p = emptyPerson("site-1", "", "Siti");
    expect(p.sex).toBeNull();
    expect(p.ethnicity).toBeNull();
    expect(p.maritalStatus).toBeNull();
    const errors = personFormErrors(
      { ...p, docType: "passport", docNo: "A1234567", birthDate: "1990-01-01" },
      today,
    );
    expect(errors.sex).toBe("v.pickSex");
    expect(errors.ethnicity).toBe("v.pickEthnicity");
    expect(errors.maritalStatus).toBe("v.pickMarital");
  });
  it("a MyKad still gives the sex; the other two must be chosen", () => {
    const p = {
      ...emptyPerson("site-1", "900512-14-5567", "Rosnah"),
      birthDate: "1990-05-12",
      sex: "L" as const,
    };
    const errors = personFormErrors(p, today);
    expect(errors.sex).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(["ethnicity", "maritalStatus"]);
  });
});

describe("'Lain-lain' as a no-document reason (issue 12 item 23)", () => {
  const base: PersonInput = {
    ...emptyPerson("site-1", "", "Orang Tiada Dokumen"),
    docType: "none",
    noDocReason: "lain-lain",
    birthDate: "1980-01-01",
    sex: "P",
    ethnicity: "lain-lain",
    maritalStatus: "bujang",
  };
  it("asks what the reason is", () => {
    expect(personFormErrors(base, today).noDocNote).toBe("v.noDocNote");
    expect(personSchema(today).safeParse({ ...base, noDocNote: "  " }).success).toBe(false);
    expect(personSchema(today).safeParse({ ...base, noDocNote: "Dokumen hilang dalam banjir" }).success).toBe(
      true,
    );
  });
  it("keeps the note only with that reason", () => {
    expect(tidyPerson({ ...base, noDocNote: " Hilang " }).noDocNote).toBe("Hilang");
    expect(tidyPerson({ ...base, noDocReason: "kanak-kanak", noDocNote: "x" }).noDocNote).toBeUndefined();
    expect("noDocNote" in tidyPerson({ ...base, docType: "passport", docNo: "A1", noDocNote: "x" })).toBe(
      false,
    );
  });
});

describe("the case timeline (issue 12 item 20)", () => {
  it("records the referral, each status check and the closing as codes, read in the reader's language", async () => {
    const db = freshDb();
    const site = await sitesRepo(db).create(admin, siteInput("SPH"));
    const ppk = actor("ppk", [site.id], "u-aminah");
    const p = await personsRepo(db).create(ppk, {
      ...emptyPerson(site.id, "850101-14-5678", "Siti Aisyah binti Ismail"),
      birthDate: "1985-01-01",
      sex: "P",
      ethnicity: "melayu",
      maritalStatus: "berkahwin",
    });
    const c = await casesRepo(db).create(ppk, {
      siteId: site.id,
      personId: p.id,
      date: today,
      targetGroup: "ibu-tunggal",
      problem: "Memohon bantuan makanan",
      service: "nasihat",
      action: "Diberi nasihat",
      officerId: ppk.userId,
      followUpDate: "",
      status: "baru",
    });
    const org = await organisationsRepo(db).create(ppk, { name: "Klinik Pantai", kind: "klinik", phone: "" });
    const ref = await referCase(db, ppk, c, {
      organisationId: org.id,
      reason: "Rawatan susulan",
      date: today,
    });
    const checks = [
      ["Temujanji diberi", ""],
      ["Tiada jawapan", "Telefon semula"],
    ] as const;
    for (const [response, nextStep] of checks)
      await recordCheck(db, ppk, ref.id, { date: today, contactMade: !nextStep, response, nextStep });
    await closeReferral(db, ppk, ref.id, { date: today, outcome: "Rawatan diterima" });
    const { notes } = await caseWithTimeline(db, ppk, c.id);
    expect(notes.map((n) => n.event)).toEqual([
      "referralMade",
      "referralChecked",
      "referralNoContact",
      "referralClosed",
    ]);
    // Codes and the officer's own words are stored, never a sentence in one language.
    expect(notes.every((n) => n.text === "")).toBe(true);
    expect(notes[0]!.params).toEqual({ org: "Klinik Pantai", reason: "Rawatan susulan" });

    const res = buildResources();
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { ms: { translation: res.ms }, en: { translation: res.en } }, lng: "en" });
    const en = i18n.getFixedT("en");
    const ms = i18n.getFixedT("ms");
    expect(entryText(en, notes[0]!)).toEqual(["Referred to Klinik Pantai: Rawatan susulan"]);
    expect(entryText(en, notes[2]!)).toEqual([
      "Status check on the referral to Klinik Pantai (no contact made): Tiada jawapan",
      "Next step: Telefon semula",
    ]);
    expect(entryText(ms, notes[3]!)).toEqual(["Rujukan ke Klinik Pantai ditutup: Rawatan diterima"]);
    // An entry written before codes keeps showing its text.
    expect(entryText(en, { text: "Rujukan ke X ditutup: Y" })).toEqual(["Rujukan ke X ditutup: Y"]);
  });
  it("an officer's note still needs its words", async () => {
    const db = freshDb();
    const site = await sitesRepo(db).create(admin, siteInput("SPH"));
    const ppk = actor("ppk", [site.id], "u-aminah");
    await expect(
      caseNotesRepo(db).create(ppk, { caseId: "x", siteId: site.id, date: today, kind: "nota", text: "" }),
    ).rejects.toMatchObject({ fields: { text: "v.minLength:2" } });
  });
});

describe("small things (issue 12 item 23)", () => {
  it("case status labels are written in Bahasa Indonesia, not left in Malay", () => {
    const { ms, id } = buildResources();
    const label = (tree: typeof ms, s: string) =>
      ((tree.code as Record<string, Record<string, string>>).caseStatus ?? {})[s];
    for (const s of caseStatuses) {
      expect(label(id, s), s).toBeTruthy();
      expect(label(id, s), s).not.toBe(label(ms, s));
    }
  });
  it("particulars on one line leave out what is missing, without a doubled separator", () => {
    expect(joinParts("850101-14-5678", "", "PPR Seri Pahang")).toBe("850101-14-5678 · PPR Seri Pahang");
    expect(joinParts("A-03-12", undefined, " ", "012-345 6789")).toBe("A-03-12 · 012-345 6789");
  });
  it("a site code typed in lower case is stored in capitals, not refused", async () => {
    const db = freshDb();
    const site = await sitesRepo(db).create(admin, siteInput("klg2"));
    expect(site.code).toBe("KLG2");
    await expect(sitesRepo(db).create(admin, siteInput("Klg2", "PPR Lain"))).rejects.toMatchObject({
      fields: { code: "v.siteCodeTaken" },
    });
  });
});

describe("the persons and households list (issue 12 item 21)", () => {
  const resident = (siteId: string, name: string, unit: string, docNo: string) => ({
    ...emptyPerson(siteId, docNo, name),
    docType: "passport" as const,
    birthDate: "1980-01-01",
    sex: "P" as const,
    ethnicity: "melayu" as const,
    maritalStatus: "berkahwin" as const,
    unit,
  });
  it("reads site by site in door order, a page at a time, filtered by household size and typed words", async () => {
    const db = freshDb();
    const a = await sitesRepo(db).create(admin, siteInput("AAA"));
    const b = await sitesRepo(db).create(admin, siteInput("BBB"));
    const pkmd = actor("pkmd", [], "u-pkmd");
    const ppkA = actor("ppk", [a.id], "u-a");
    const add = (siteId: string, name: string, unit: string, doc: string) =>
      personsRepo(db).create(admin, resident(siteId, name, unit, doc));
    const head = await add(a.id, "Siti Aminah", "A-02", "P1");
    const kid = await add(a.id, "Ahmad Faiz", "A-02", "P2");
    await add(a.id, "Rosli Hamid", "A-01", "P3");
    await add(b.id, "Kavitha Rajan", "B-01", "P4");
    await add(b.id, "Lim Mei Ling", "B-03", "P5");
    await householdsRepo(db).create(ppkA, {
      siteId: a.id,
      headPersonId: head.id,
      members: [
        { personId: head.id, relationship: "ketua" },
        { personId: kid.id, relationship: "anak" },
      ],
    });
    const all = { siteId: null, text: "", size: null };
    const names: string[] = [];
    let cursor: ListCursor = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof personsPage>> = await personsPage(db, pkmd, all, cursor, 2);
      names.push(...page.rows.map((r) => r.person.name));
      cursor = page.next;
      pages += 1;
    } while (cursor);
    expect(names).toHaveLength(5);
    expect(new Set(names).size).toBe(5);
    expect(pages).toBeGreaterThanOrEqual(3);
    // Site by site, each in door order: A-01 before the two of A-02.
    const first = (await sitesFor(db, pkmd, { siteIds: null }))[0] === a.id ? 0 : 2;
    expect(names[first]).toBe("Rosli Hamid");
    expect(names.slice(first + 1, first + 3).sort()).toEqual(["Ahmad Faiz", "Siti Aminah"]);

    const sized = await personsPage(db, pkmd, { ...all, size: "2-4" }, null);
    expect(sized.rows.map((r) => [r.person.name, r.householdSize]).sort()).toEqual([
      ["Ahmad Faiz", 2],
      ["Siti Aminah", 2],
    ]);
    expect((await personsPage(db, pkmd, { ...all, size: "tiada" }, null)).rows).toHaveLength(3);
    expect(
      (await personsPage(db, pkmd, { ...all, text: "sit ami" }, null)).rows.map((r) => r.person.name),
    ).toEqual(["Siti Aminah"]);
    // A PPK sees only their own site's people, also when searching.
    expect((await personsPage(db, ppkA, all, null)).rows).toHaveLength(3);
    expect((await personsPage(db, ppkA, { ...all, text: "Kavitha" }, null)).rows).toHaveLength(0);

    const households = await householdsPage(db, pkmd, { siteId: null, size: null }, null);
    expect(households.rows).toHaveLength(1);
    expect(households.rows[0]).toMatchObject({
      head: { name: "Siti Aminah" },
      members: ["Siti Aminah", "Ahmad Faiz"],
    });
    expect((await householdsPage(db, pkmd, { siteId: null, size: "5+" }, null)).rows).toHaveLength(0);
  });
});

describe("the register's own search box (issue 12 item 23)", () => {
  it("finds cases by a person's name, MyKad or the record number, under the other filters and the site scope", async () => {
    const db = freshDb();
    const a = await sitesRepo(db).create(admin, siteInput("AAA"));
    const b = await sitesRepo(db).create(admin, siteInput("BBB"));
    const ppkA = actor("ppk", [a.id], "u-a");
    const pkmd = actor("pkmd", [], "u-pkmd");
    const open = async (siteId: string, name: string, mykad: string, birthDate: string, status = "baru") => {
      const p = await personsRepo(db).create(admin, {
        ...emptyPerson(siteId, mykad, name),
        birthDate,
        sex: "L",
        ethnicity: "india",
        maritalStatus: "bujang",
      });
      return casesRepo(db).create(admin, {
        siteId,
        personId: p.id,
        date: today,
        targetGroup: "ibu-tunggal",
        problem: "Bantuan makanan",
        service: "nasihat",
        action: "Nasihat",
        officerId: ppkA.userId,
        followUpDate: "",
        status,
      });
    };
    const raj = await open(a.id, "Rajesh Kumar", "900101-14-5671", "1990-01-01");
    await open(a.id, "Tan Ah Kow", "910101-14-5673", "1991-01-01");
    const other = await open(b.id, "Rajesh Pillai", "920101-14-5675", "1992-01-01", "selesai");
    expect((await registerMatches(db, pkmd, "rajesh")).sort()).toEqual([raj.id, other.id].sort());
    expect(await registerMatches(db, ppkA, "rajesh")).toEqual([raj.id]);
    expect(await registerMatches(db, pkmd, "900101145671")).toEqual([raj.id]);
    expect(await registerMatches(db, pkmd, raj.recordNo)).toEqual([raj.id]);
    const caseIds = await registerMatches(db, pkmd, "rajesh");
    const page = await registerPage(db, pkmd, { siteIds: null, caseIds, status: "selesai" }, null);
    expect(page.rows.map((c) => c.id)).toEqual([other.id]);
    expect(await registerCount(db, pkmd, { siteIds: null, caseIds })).toBe(2);
    expect(await registerCount(db, pkmd, { siteIds: [a.id], caseIds })).toBe(1);
  });
});
