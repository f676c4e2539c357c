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
import {
  closeReferral,
  organisationsRepo,
  recordCheck,
  referCase,
} from "../../renderer/db/repositories/referrals";
import { entryText } from "../../renderer/features/buku-rekod/timeline-text";
import { buildResources } from "../../renderer/i18n/resources";
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
  it("a site code typed in lower case is stored in capitals, not refused", async () => {
    const db = freshDb();
    const site = await sitesRepo(db).create(admin, siteInput("klg2"));
    expect(site.code).toBe("KLG2");
    await expect(sitesRepo(db).create(admin, siteInput("Klg2", "PPR Lain"))).rejects.toMatchObject({
      fields: { code: "v.siteCodeTaken" },
    });
  });
});
