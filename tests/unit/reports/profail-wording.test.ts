// Why: the Profail Komuniti's wording rules: no "Tiada organisasi" above organisations, register figures named as such and a note beside contradicting typed ones, SULIT when it names people with phones, no year built in the future.
import { describe, expect, it } from "vitest";
import { profileSchema } from "../../../shared/domain/community";
import {
  profailKomunitiModel,
  type ProfailKomunitiModel,
} from "../../../shared/reports/profail-komuniti/model";
import {
  organisationsLead,
  populationChecks,
  profileIsSulit,
  sourceLabel,
  sourceNote,
  TABLE_KEYS,
} from "../../../shared/reports/profail-komuniti/wording";
import { fixtureInput } from "../../fixtures/reports/profail-komuniti";

const blocksOf = (m: ProfailKomunitiModel, key: string) => m.sections.find((s) => s.key === key)!.blocks;
const linesOf = (m: ProfailKomunitiModel, key: string) =>
  blocksOf(m, key).flatMap((b) => (b.kind === "text" || b.kind === "notes" ? b.lines : []));

/** 60 registered residents taken from the Buku Rekod beside 1,180 households typed by the officer. */
function registerProfile() {
  const zero = { L: 0, P: 0 };
  const pop = {
    ...fixtureInput.profile.population,
    households: 1180,
    byAgeBand: {
      "0-6": { L: 5, P: 5 },
      "7-12": { L: 5, P: 5 },
      "13-17": zero,
      "18-35": { L: 10, P: 10 },
      "36-59": { L: 5, P: 5 },
      "60+": { L: 5, P: 5 },
    },
    ethnicGroups: { melayu: 50, cina: 5, india: 5, lain: 0 },
    children: 20,
    wargaEmas: 10,
  };
  return {
    ...fixtureInput,
    profile: {
      ...fixtureInput.profile,
      population: pop,
      fromRegister: {
        asOf: "2026-09-30",
        persons: 60,
        fields: [...TABLE_KEYS.residents, ...TABLE_KEYS.ethnic, "children", "wargaEmas"],
      },
    },
  };
}

describe("profail komuniti wording", () => {
  it("never says there are no organisations above organisations it then lists", () => {
    expect(organisationsLead(3, "PPR: Persatuan Penduduk")).toBeNull();
    expect(organisationsLead(0, "")).toBe("Tiada organisasi atau pemimpin setempat direkodkan.");
    expect(organisationsLead(0, "Persatuan Penduduk, pengerusi En. Ali")).not.toMatch(/^Tiada/);
    const m = profailKomunitiModel({ ...fixtureInput, stakeholders: [] });
    const lines = linesOf(m, "organisations");
    expect(lines.join(" ")).not.toContain("Tiada organisasi");
    expect(lines).toContain("Persatuan Penduduk bermesyuarat setiap bulan pada Ahad pertama.");
  });

  it("labels figures from the register as such, and the officer's as the officer's", () => {
    const src = registerProfile().profile.fromRegister;
    expect(sourceLabel(TABLE_KEYS.residents, src)).toBe("Buku Rekod");
    expect(sourceLabel(TABLE_KEYS.households, src)).toBe("Kiraan pegawai");
    expect(sourceLabel(TABLE_KEYS.groups, src)).toBe("Sebahagian Buku Rekod");
    expect(sourceNote(TABLE_KEYS.residents, src)).toBe(
      "Sumber: Buku Rekod (60 orang berdaftar di tapak ini, umur pada 30/09/2026).",
    );
    expect(sourceNote(TABLE_KEYS.residents, undefined)).toBe("Sumber: kiraan pegawai.");
    const m = profailKomunitiModel(registerProfile());
    const summary = blocksOf(m, "population").find((b) => b.kind === "table")!;
    expect(summary.kind === "table" && summary.table.rows.map((r) => r.cells.slice(1))).toEqual([
      ["Bilangan isi rumah", "1,180", "Kiraan pegawai"],
      ["Jumlah penduduk", "60", "Buku Rekod"],
    ]);
  });

  it("puts a visible note beside 60 residents from the register and 1,180 typed households", () => {
    const m = profailKomunitiModel(registerProfile());
    const blocks = blocksOf(m, "population");
    // The note follows the summary table directly, before B2.
    expect(blocks[2]!.kind).toBe("notes");
    const note = blocks[2]!.kind === "notes" ? blocks[2]!.lines : [];
    expect(note).toEqual([
      "Perhatian: Jumlah penduduk (60, dikira daripada Buku Rekod, iaitu penduduk yang berdaftar sahaja) kurang daripada bilangan isi rumah (1,180, kiraan pegawai); kedua-dua angka tidak boleh dibaca bersama.",
    ]);
    // The fixture's own figures agree: no note.
    expect(profailKomunitiModel(fixtureInput).sections[1]!.blocks[2]!.kind).toBe("subheading");
  });

  it("checks totals by age band and sex against ethnic groups, children and elders", () => {
    const pop = registerProfile().profile.population;
    expect(populationChecks(pop).map((c) => c.code)).toEqual(["residentsBelowHouseholds"]);
    expect(
      populationChecks({
        ...pop,
        households: 10,
        ethnicGroups: { melayu: 0, cina: 0, india: 0, lain: 0 },
        children: 25,
        wargaEmas: 12,
      }),
    ).toEqual([
      { code: "ethnicVsAge", ethnic: 0, ages: 60 },
      { code: "childrenVsBands", children: 25, bands: 20 },
      { code: "eldersVsBand", elders: 12, band: 10 },
    ]);
  });

  it("is SULIT when it names people with phone numbers", () => {
    expect(profileIsSulit([{ name: "Encik Ali", phone: "012-345 6789" }], [])).toBe(true);
    expect(profileIsSulit([{ name: "Encik Ali", phone: "" }], ["Dewan serbaguna"])).toBe(false);
    expect(profileIsSulit([], ["Pengerusi PP: Puan Rosnah 013-222 1111"])).toBe(true);
    const noPhones = fixtureInput.stakeholders.map((s) => ({ ...s, phone: "" }));
    expect(profailKomunitiModel({ ...fixtureInput, stakeholders: noPhones }).classification).toBeNull();
    expect(profailKomunitiModel(fixtureInput).classification).toBe("SULIT");
  });

  it("refuses a year built after the profile's year", () => {
    const p = { ...fixtureInput.profile, identity: { ...fixtureInput.profile.identity, yearBuilt: 2031 } };
    const r = profileSchema.safeParse(p);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["identity.yearBuilt", "v.yearFuture"],
    ]);
    expect(profileSchema.safeParse({ ...p, identity: { ...p.identity, yearBuilt: 2026 } }).success).toBe(
      true,
    );
  });
});
