// Why: realistic, deterministic residents (names, MyKad with valid dates and sex digits, units at the five sites).
import { seededRng, type Rng } from "./random";
import { demoSites } from "./sites";

const malayMale = [
  "Ahmad",
  "Muhammad",
  "Mohd Faizal",
  "Azman",
  "Hafiz",
  "Ismail",
  "Rosli",
  "Zulkifli",
  "Amirul",
  "Khairul",
  "Syafiq",
  "Hakim",
];
const malayFemale = [
  "Siti",
  "Nur Aisyah",
  "Noraini",
  "Faridah",
  "Zainab",
  "Rohani",
  "Aminah",
  "Nurul Izzah",
  "Salmah",
  "Hasnah",
  "Aishah",
  "Farah",
];
const malayFathers = [
  "Abdullah",
  "Ibrahim",
  "Hassan",
  "Osman",
  "Ismail",
  "Yusof",
  "Rahman",
  "Salleh",
  "Hamid",
  "Jaafar",
  "Ali",
  "Zakaria",
];
const chineseSurnames = ["Tan", "Lim", "Lee", "Wong", "Ng", "Chong", "Chan", "Goh", "Ong", "Teo"];
const chineseMale = ["Wei Ming", "Ah Kow", "Kok Leong", "Chee Keong", "Boon Huat", "Jun Hao"];
const chineseFemale = ["Mei Ling", "Siew Lan", "Hui Min", "Pei Shan", "Li Ying", "Xin Yi"];
/** Sarawak Iban names: "anak" and the father's name, the given name by sex. */
const ibanMale = ["Joseph", "Peter", "Jimbun", "Nyanggau", "Ugak"];
const ibanFemale = ["Mary", "Grace", "Bibiana", "Lenny", "Lidia"];
const ibanFathers = ["Jimbun", "Nyanggau", "Ugak", "Empaling", "Jelani"];

const indianMale = ["Kumar", "Ravi", "Suresh", "Ganesan", "Muthu", "Rajesh", "Selvam", "Arjun"];
const indianFemale = ["Devi", "Kavitha", "Lakshmi", "Meena", "Priya", "Saraswathy", "Vani", "Shanti"];
const indianFathers = [
  "Subramaniam",
  "Krishnan",
  "Muniandy",
  "Raman",
  "Perumal",
  "Velu",
  "Arumugam",
  "Nadarajan",
];
/** The given names the demo draws from, by sex, so a test can tell that every name matches its person's sex. */
export const demoGivenNames: Record<"L" | "P", readonly string[]> = {
  L: [...malayMale, ...chineseMale, ...indianMale, ...ibanMale],
  P: [...malayFemale, ...chineseFemale, ...indianFemale, ...ibanFemale],
};
/** Place-of-birth codes of Malaysian states. */
const placeCodes = [
  "01",
  "02",
  "03",
  "04",
  "05",
  "06",
  "07",
  "08",
  "09",
  "10",
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
];

export type DemoPerson = {
  name: string;
  mykad: string;
  birthDate: string;
  sex: "L" | "P";
  ethnicity: "melayu" | "cina" | "india" | "lain";
  phone: string;
  siteCode: string;
  unit: string;
  block: string;
};

function personName(rng: Rng, sex: "L" | "P", ethnicity: DemoPerson["ethnicity"]): string {
  if (ethnicity === "cina")
    return `${rng.pick(chineseSurnames)} ${rng.pick(sex === "L" ? chineseMale : chineseFemale)}`;
  if (ethnicity === "lain")
    return `${rng.pick(sex === "L" ? ibanMale : ibanFemale)} anak ${rng.pick(ibanFathers)}`;
  if (ethnicity === "india") {
    return sex === "L"
      ? `${rng.pick(indianMale)} a/l ${rng.pick(indianFathers)}`
      : `${rng.pick(indianFemale)} a/p ${rng.pick(indianFathers)}`;
  }
  return sex === "L"
    ? `${rng.pick(malayMale)} bin ${rng.pick(malayFathers)}`
    : `${rng.pick(malayFemale)} binti ${rng.pick(malayFathers)}`;
}

/**
 * A child's name in the parent's naming custom: the father's name after bin/binti, a/l or a/p, or anak (the
 * parent's own given name when the parent is the father, else a father's name drawn), or the Chinese family name.
 */
export function childName(
  rng: Rng,
  sex: "L" | "P",
  parent: { name: string; sex: "L" | "P" | string; ethnicity: string },
): string {
  const given = (male: readonly string[], female: readonly string[]) => rng.pick(sex === "L" ? male : female);
  const father = (fathers: readonly string[]) =>
    parent.sex === "L" ? parent.name.split(/ (?:bin|a\/l|anak) /)[0]! : rng.pick(fathers);
  if (parent.ethnicity === "cina") return `${parent.name.split(" ")[0]} ${given(chineseMale, chineseFemale)}`;
  if (parent.ethnicity === "india")
    return `${given(indianMale, indianFemale)} ${sex === "L" ? "a/l" : "a/p"} ${father(indianFathers)}`;
  if (parent.ethnicity === "melayu")
    return `${given(malayMale, malayFemale)} ${sex === "L" ? "bin" : "binti"} ${father(malayFathers)}`;
  return `${given(ibanMale, ibanFemale)} anak ${father(ibanFathers)}`;
}

/** `count` residents from `seed`; the same seed always gives the same people. */
export function generatePeople(
  count: number,
  seed = 2026,
  today = new Date(Date.UTC(2026, 10, 1)),
): DemoPerson[] {
  const rng = seededRng(seed);
  const out: DemoPerson[] = [];
  const thisYear = today.getUTCFullYear();
  for (let i = 0; i < count; i++) {
    const sex = rng.chance(0.5) ? "L" : "P";
    const roll = rng.next();
    const ethnicity = roll < 0.62 ? "melayu" : roll < 0.82 ? "cina" : roll < 0.95 ? "india" : "lain";
    const year = rng.int(thisYear - 90, thisYear - 1);
    const month = rng.int(1, 12);
    const day = rng.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
    const serial = String(rng.int(0, 99)).padStart(2, "0");
    const sexDigit = sex === "L" ? rng.pick([1, 3, 5, 7, 9]) : rng.pick([0, 2, 4, 6, 8]);
    const yymmdd = `${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
    const mykad = `${yymmdd}-${rng.pick(placeCodes)}-${rng.int(0, 9)}${serial}${sexDigit}`;
    const site = rng.pick(demoSites);
    const block = String.fromCharCode(65 + rng.int(0, 5));
    out.push({
      name: personName(rng, sex, ethnicity),
      mykad,
      birthDate: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      sex,
      ethnicity,
      phone: `01${rng.int(0, 9)}-${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
      siteCode: site.code,
      block,
      unit: `${block}-${String(rng.int(1, 17)).padStart(2, "0")}-${String(rng.int(1, 20)).padStart(2, "0")}`,
    });
  }
  return out;
}
