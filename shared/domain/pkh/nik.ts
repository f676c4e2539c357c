// Why: the Indonesian NIK (16 digits: province 2, regency 2, district 2, birth date DDMMYY with 40 added to the day for
// women, serial 4; no check digit) tells a member's date of birth and sex; an impossible one is refused, and a typed
// date of birth or sex that disagrees with it is only a warning (the NIK may be the one that is wrong).
import { isValidIsoDate, todayIn } from "../dates";

export type NikInfo = {
  ok: true;
  /** The 16 digits. */
  nik: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  birthDate: string;
  sex: "L" | "P";
  serial: string;
};
export type NikProblem = { ok: false; problem: string };

/**
 * Reads a NIK as people type it (spaces, dots and dashes ignored). The century is the one that puts the birth date
 * on or before `today` (a NIK ending "...0115" read in 2026 is 2015, "...0190" is 1990): nobody is over 100 years
 * younger than their NIK says, and nobody is born in the future.
 */
export function readNik(text: string, today: string = todayIn()): NikInfo | NikProblem {
  const digits = text.replace(/[\s.-]/g, "");
  if (!/^\d*$/.test(digits)) return { ok: false, problem: "v.pkh.nikDigits" };
  if (digits.length !== 16) return { ok: false, problem: "v.pkh.nikLength" };
  const provinceCode = digits.slice(0, 2);
  if (Number(provinceCode) < 11) return { ok: false, problem: "v.pkh.nikRegion" };
  const rawDay = Number(digits.slice(6, 8));
  const month = digits.slice(8, 10);
  const yy = digits.slice(10, 12);
  const female = rawDay > 40;
  const day = String(female ? rawDay - 40 : rawDay).padStart(2, "0");
  if (rawDay === 0 || rawDay === 40 || rawDay > 71) return { ok: false, problem: "v.pkh.nikDate" };
  const inCentury = (c: string) => `${c}${yy}-${month}-${day}`;
  const recent = inCentury(today.slice(0, 2));
  const earlier = inCentury(String(Number(today.slice(0, 2)) - 1));
  const birthDate = isValidIsoDate(recent) && recent <= today ? recent : earlier;
  if (!isValidIsoDate(birthDate)) return { ok: false, problem: "v.pkh.nikDate" };
  const serial = digits.slice(12, 16);
  if (serial === "0000") return { ok: false, problem: "v.pkh.nikSerial" };
  return {
    ok: true,
    nik: digits,
    provinceCode,
    regencyCode: digits.slice(2, 4),
    districtCode: digits.slice(4, 6),
    birthDate,
    sex: female ? "P" : "L",
    serial,
  };
}

/** The NIK of a date of birth and sex (for tests and demo data): the inverse of `readNik`. */
export function formatNik(p: {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  birthDate: string;
  sex: "L" | "P";
  serial: string;
}): string {
  const day = Number(p.birthDate.slice(8, 10)) + (p.sex === "P" ? 40 : 0);
  return `${p.provinceCode}${p.regencyCode}${p.districtCode}${String(day).padStart(2, "0")}${p.birthDate.slice(5, 7)}${p.birthDate.slice(2, 4)}${p.serial}`;
}

export type NikDisagreement = "birthDate" | "sex" | "both";

/**
 * Which of the typed date of birth and sex disagree with the NIK (a warning the form shows; null when they agree,
 * when one is not typed, or when the NIK cannot be read — its own error says why).
 */
export function nikDisagreement(
  nik: string,
  birthDate: string | null,
  sex: string | null,
  today: string = todayIn(),
): NikDisagreement | null {
  const read = readNik(nik, today);
  if (!read.ok) return null;
  const date = birthDate !== null && birthDate !== "" && birthDate !== read.birthDate;
  const wrongSex = sex !== null && sex !== "" && sex !== read.sex;
  if (date && wrongSex) return "both";
  return date ? "birthDate" : wrongSex ? "sex" : null;
}
