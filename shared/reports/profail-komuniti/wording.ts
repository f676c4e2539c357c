// Why: the Profail Komuniti's wording rules (what a section says when a list is empty, where a figure comes from, what does not add up, when it is SULIT) as pure functions the model, the form and the tests share.
import { ageBands, type ProfileInput } from "../../domain/community";
import { dmy } from "../frame/text";

type Population = ProfileInput["population"];
export type FromRegister = NonNullable<ProfileInput["fromRegister"]>;

const fmt = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** The figures a population table holds, as the register's offer keys ("households", "byAgeBand.0-6", "oku"). */
export const TABLE_KEYS = {
  households: ["households"],
  residents: ageBands.map((b) => `byAgeBand.${b}`),
  ethnic: ["melayu", "cina", "india", "lain"].map((k) => `ethnicGroups.${k}`),
  groups: ["oku", "wargaEmas", "ibuTunggal", "children", "schoolDropouts", "unemployed"],
} as const;

/** Whether every one of `keys` was taken from the register and saved unchanged. */
export function fromRegisterAll(keys: readonly string[], src: FromRegister | undefined): boolean {
  return !!src && keys.every((k) => src.fields.includes(k));
}

/** The "Sumber" cell of a figure: the register (with its count and date) or the officer's own count. */
export function sourceLabel(keys: readonly string[], src: FromRegister | undefined): string {
  if (fromRegisterAll(keys, src)) return "Buku Rekod";
  if (src && keys.some((k) => src.fields.includes(k))) return "Sebahagian Buku Rekod";
  return "Kiraan pegawai";
}

/** The line under a table saying where its figures come from, so a register count is never read as a census. */
export function sourceNote(keys: readonly string[], src: FromRegister | undefined): string {
  const register = src
    ? `Buku Rekod (${fmt(src.persons)} orang berdaftar di tapak ini, umur pada ${dmy(src.asOf)})`
    : "";
  if (src && fromRegisterAll(keys, src)) return `Sumber: ${register}.`;
  if (src && keys.some((k) => src.fields.includes(k)))
    return `Sumber: sebahagian angka daripada ${register}; selebihnya kiraan pegawai.`;
  return "Sumber: kiraan pegawai.";
}

export type PopulationCheck =
  | { code: "ethnicVsAge"; ethnic: number; ages: number }
  | { code: "childrenVsBands"; children: number; bands: number }
  | { code: "eldersVsBand"; elders: number; band: number }
  | { code: "residentsBelowHouseholds"; residents: number; households: number };

/**
 * What does not add up in the population figures: the totals by ethnic group and by age band and sex differ, the
 * children or elders counted apart from their age bands, or fewer residents than households. Figures left at 0 on
 * one side are compared too, as long as the other side has any.
 */
export function populationChecks(pop: Population): PopulationCheck[] {
  const band = (b: (typeof ageBands)[number]) => num(pop.byAgeBand[b]?.L) + num(pop.byAgeBand[b]?.P);
  const ages = ageBands.reduce((s, b) => s + band(b), 0);
  const ethnic = (["melayu", "cina", "india", "lain"] as const).reduce(
    (s, k) => s + num(pop.ethnicGroups[k]),
    0,
  );
  const under18 = band("0-6") + band("7-12") + band("13-17");
  const out: PopulationCheck[] = [];
  if ((ethnic > 0 || ages > 0) && ethnic !== ages) out.push({ code: "ethnicVsAge", ethnic, ages });
  if (ages > 0 && num(pop.children) > 0 && num(pop.children) !== under18)
    out.push({ code: "childrenVsBands", children: num(pop.children), bands: under18 });
  if (ages > 0 && num(pop.wargaEmas) > 0 && num(pop.wargaEmas) !== band("60+"))
    out.push({ code: "eldersVsBand", elders: num(pop.wargaEmas), band: band("60+") });
  if (ages > 0 && num(pop.households) > ages)
    out.push({ code: "residentsBelowHouseholds", residents: ages, households: num(pop.households) });
  return out;
}

/** One check as the printed note says it, naming where each side's figure comes from. */
export function checkText(c: PopulationCheck, src: FromRegister | undefined): string {
  const from = (keys: readonly string[]) =>
    fromRegisterAll(keys, src) ? "dikira daripada Buku Rekod" : "kiraan pegawai";
  switch (c.code) {
    case "ethnicVsAge":
      return `Jumlah penduduk mengikut kaum (${fmt(c.ethnic)}, ${from(TABLE_KEYS.ethnic)}) tidak sama dengan jumlah mengikut kumpulan umur dan jantina (${fmt(c.ages)}, ${from(TABLE_KEYS.residents)}).`;
    case "childrenVsBands":
      return `Kanak-kanak bawah 18 tahun (${fmt(c.children)}) tidak sama dengan jumlah kumpulan umur 0-17 tahun (${fmt(c.bands)}).`;
    case "eldersVsBand":
      return `Warga emas (${fmt(c.elders)}) tidak sama dengan kumpulan umur 60 tahun ke atas (${fmt(c.band)}).`;
    case "residentsBelowHouseholds":
      return `Jumlah penduduk (${fmt(c.residents)}, ${from(TABLE_KEYS.residents)}${
        fromRegisterAll(TABLE_KEYS.residents, src) ? ", iaitu penduduk yang berdaftar sahaja" : ""
      }) kurang daripada bilangan isi rumah (${fmt(c.households)}, ${from(TABLE_KEYS.households)}); kedua-dua angka tidak boleh dibaca bersama.`;
  }
}

/**
 * What section D says above or instead of its table: nothing when organisations are listed; when none are listed
 * but the profile's own notes name some, it says the list is empty and the notes follow, never that there are none.
 */
export function organisationsLead(listed: number, profileText: string): string | null {
  if (listed > 0) return null;
  return profileText.trim()
    ? "Belum ada organisasi atau pemimpin dalam senarai pihak berkepentingan tapak ini; yang dicatat dalam profil adalah seperti berikut."
    : "Tiada organisasi atau pemimpin setempat direkodkan.";
}

/** A Malaysian phone number as officers type it (012-345 6789, 03-2282 1234, +6012...). */
const PHONE = /(?:\+?6?0)\d{1,2}[-\s]?\d{3,4}[-\s]?\d{3,4}/;

/** A profile naming people with their phone numbers is SULIT: a listed person with a phone, or a number in its text. */
export function profileIsSulit(
  listed: readonly { name: string; phone: string }[],
  texts: readonly string[],
): boolean {
  return listed.some((p) => p.name.trim() && p.phone.trim()) || texts.some((t) => PHONE.test(t));
}
