// Why: an investigation's household comes from the registered household in report order, a MyKad gives an age, the
// recommended amount reads against the scheme's rate, and relationships have one list of words across the app.
import { describe, expect, it } from "vitest";
import { ageFromMyKad, orderMembers } from "../../shared/domain/aid";
import { relationships } from "../../shared/domain/codes";
import { amountAgainstRate, RELATIONSHIP_LABELS } from "../../shared/reports/siasatan/model";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { personsRepo } from "../../renderer/db/repositories/persons";
import { householdsRepo } from "../../renderer/db/repositories/households";
import { registeredHousehold } from "../../renderer/features/ppr/siasatan/household";
import ms from "../../renderer/i18n/ms.json";
import en from "../../renderer/i18n/en.json";
import id from "../../renderer/i18n/id.json";
import siasatanMs from "../../renderer/features/ppr/siasatan/i18n/ms.json";
import { actor, freshDb, siteInput } from "./helpers";

const m = (name: string, relationship: (typeof relationships)[number], age: number, docNo = "") => ({
  name,
  relationship,
  age,
  docNo,
  occupation: "",
  income: 0,
});

describe("household members in report order", () => {
  it("puts the applicant first, then the spouse, then the children oldest first, then the others", () => {
    const typed = [
      m("Anak bongsu", "anak", 4),
      m("Datuk", "ibu-bapa", 80),
      m("Ketua", "ketua", 45),
      m("Anak sulung", "anak", 17),
      m("Isteri", "pasangan", 40, "860101-14-5522"),
      m("Cucu", "cucu", 1),
      m("Anak tengah", "anak", 9),
    ];
    // The wife applies (BKK for her children): she comes first, the head next.
    expect(orderMembers(typed, { docNo: "860101145522" }).map((x) => x.name)).toEqual([
      "Isteri",
      "Ketua",
      "Anak sulung",
      "Anak tengah",
      "Anak bongsu",
      "Datuk",
      "Cucu",
    ]);
    // Without a known applicant the first member typed is the applicant.
    expect(
      orderMembers(typed)
        .map((x) => x.name)
        .slice(0, 3),
    ).toEqual(["Anak bongsu", "Ketua", "Isteri"]);
    const byId = orderMembers(
      typed.map((x, i) => ({ ...x, personId: `p${i}` })),
      { personId: "p2" },
    );
    expect(byId.map((x) => x.name).slice(0, 3)).toEqual(["Ketua", "Isteri", "Anak sulung"]);
  });
});

describe("a No. KP gives the age", () => {
  it("reads the birth date from a MyKad, with or without dashes, aged on the investigation date", () => {
    expect(ageFromMyKad("100505-14-0456", "2026-10-15")).toBe(16);
    expect(ageFromMyKad("100505140456", "2026-05-04")).toBe(15);
    expect(ageFromMyKad("541015-14-5133", "2026-10-15")).toBe(72);
    expect(ageFromMyKad("A1234567", "2026-10-15")).toBeNull();
    expect(ageFromMyKad("101305-14-0456", "2026-10-15")).toBeNull();
    expect(ageFromMyKad("100505-14-0456", "")).toBeNull();
  });
});

describe("the recommended amount against the scheme's rate", () => {
  const rate = { kind: "BKK" as const, amount: 200, effectiveFrom: "2023-01-01" };
  it("says how the amount stands to the rate instead of giving a second figure", () => {
    expect(amountAgainstRate(200, "BKK", rate)).toBe(
      "Sama dengan kadar BKK RM 200.00 sebulan (kadar mulai 01/01/2023)",
    );
    expect(amountAgainstRate(600, "BKK", rate)).toBe(
      "3 x kadar BKK RM 200.00 sebulan (kadar mulai 01/01/2023)",
    );
    expect(amountAgainstRate(150, "BKK", rate)).toBe(
      "RM 50.00 kurang daripada kadar BKK RM 200.00 sebulan (kadar mulai 01/01/2023)",
    );
    expect(amountAgainstRate(250, "BKK", rate)).toBe(
      "RM 50.00 melebihi kadar BKK RM 200.00 sebulan (kadar mulai 01/01/2023)",
    );
    expect(amountAgainstRate(350, "BAT", { kind: "BAT", amount: 0, effectiveFrom: "2023-01-01" })).toBe(
      "Kadar BAT tidak tetap: amaun mengikut keperluan (kadar mulai 01/01/2023)",
    );
    expect(amountAgainstRate(300, "BA", null)).toBe("Tiada kadar BA ditetapkan pada tarikh siasatan");
  });
});

describe("relationship words", () => {
  it("are one list with one set of labels in every language, the one the report prints", () => {
    for (const bundle of [ms, en, id]) {
      const labels = (bundle as { code: { relationship: Record<string, string> } }).code.relationship;
      expect(Object.keys(labels)).toEqual([...relationships]);
    }
    expect(RELATIONSHIP_LABELS).toEqual(ms.code.relationship);
    expect("relationship" in siasatanMs.siasatan).toBe(false);
  });
});

describe("an investigation starts from the registered household", () => {
  it("brings the members, their relationships and their ages on the investigation date, applicant first", async () => {
    const db = freshDb();
    const admin = actor("pentadbir");
    const site = await sitesRepo(db).create(admin, siteInput("SPH"));
    const ppk = actor("ppk", [site.id]);
    const base = {
      docType: "mykad",
      noDocReason: null,
      ethnicity: "melayu",
      phone: "",
      siteId: site.id,
      block: "A",
      unit: "A-1-1",
      oku: false,
      okuCardNo: "",
      maritalStatus: "berkahwin",
      occupation: "",
      income: 0,
    };
    const add = (name: string, docNo: string, birthDate: string, sex: string, over: object = {}) =>
      personsRepo(db).create(ppk, { ...base, name, docNo, birthDate, sex, ...over });
    const head = await add("Ahmad bin Ali", "800101-14-5671", "1980-01-01", "L", {
      occupation: "Pemandu",
      income: 1800,
    });
    const wife = await add("Siti binti Omar", "850505-14-5522", "1985-05-05", "P");
    const small = await add("Aina binti Ahmad", "150606-14-0422", "2015-06-06", "P", {
      maritalStatus: "bujang",
    });
    const big = await add("Adam bin Ahmad", "100303-14-0411", "2010-03-03", "L", { maritalStatus: "bujang" });
    const alone = await add("Kassim bin Hamid", "500202-14-5011", "1950-02-02", "L");
    await householdsRepo(db).create(ppk, {
      siteId: site.id,
      headPersonId: head.id,
      members: [
        { personId: head.id, relationship: "ketua" },
        { personId: small.id, relationship: "anak" },
        { personId: wife.id, relationship: "pasangan" },
        { personId: big.id, relationship: "anak" },
      ],
    });
    const applicant = (await db.persons.get(wife.id))!;
    const members = await registeredHousehold(db, applicant, "2026-05-04");
    expect(members.map((x) => [x.name, x.relationship, x.age, x.docNo])).toEqual([
      ["Siti binti Omar", "pasangan", 40, "850505-14-5522"],
      ["Ahmad bin Ali", "ketua", 46, "800101-14-5671"],
      ["Adam bin Ahmad", "anak", 16, "100303-14-0411"],
      ["Aina binti Ahmad", "anak", 10, "150606-14-0422"],
    ]);
    expect(members[1]).toMatchObject({ personId: head.id, occupation: "Pemandu", income: 1800 });
    // Someone in no household comes alone, as the head.
    expect(await registeredHousehold(db, alone, "2026-05-04")).toEqual([
      expect.objectContaining({ personId: alone.id, relationship: "ketua", age: 76 }),
    ]);
  });
});
