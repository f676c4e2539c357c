// Why: the MyKad number carries date of birth, place of birth and sex; reading it right prevents wrong records.
export type MyKadInfo = {
  /** Twelve digits, no dashes. */
  digits: string;
  /** YYMMDD-PB-###G */
  formatted: string;
  birthDate: string; // yyyy-mm-dd
  placeCode: string;
  sex: "L" | "P";
};

export type MyKadResult = { ok: true; info: MyKadInfo } | { ok: false; problem: string };

/** Place-of-birth codes that are never issued. */
const unusedPlaceCodes = new Set([
  "00",
  "17",
  "18",
  "19",
  "20",
  "69",
  "70",
  "73",
  "80",
  "81",
  "94",
  "95",
  "96",
  "97",
]);

/** The 12 digits of a MyKad number as typed (dashes and spaces dropped); "" when it is not 12 digits. */
export function myKadDigits(input: string): string {
  const digits = input.replace(/[\s-]/g, "");
  return /^\d{12}$/.test(digits) ? digits : "";
}

/**
 * Parses a MyKad number with or without dashes. The century is the latest one that does not put the
 * birth date after `today`.
 */
export function parseMyKad(input: string, today: Date = new Date()): MyKadResult {
  const digits = myKadDigits(input);
  if (!digits) return { ok: false, problem: "v.mykadFormat" };
  const yy = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  const dd = Number(digits.slice(4, 6));
  const placeCode = digits.slice(6, 8);
  if (unusedPlaceCodes.has(placeCode)) return { ok: false, problem: "v.mykadPlace" };
  let year = 2000 + yy;
  const todayIso = today.toISOString().slice(0, 10);
  const iso = (y: number) => `${y}-${String(mm).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
  if (iso(year) > todayIso) year -= 100;
  const d = new Date(Date.UTC(year, mm - 1, dd));
  if (
    mm < 1 ||
    mm > 12 ||
    d.getUTCFullYear() !== year ||
    d.getUTCMonth() !== mm - 1 ||
    d.getUTCDate() !== dd
  ) {
    return { ok: false, problem: "v.mykadDate" };
  }
  const last = Number(digits[11]);
  return {
    ok: true,
    info: {
      digits,
      formatted: `${digits.slice(0, 6)}-${placeCode}-${digits.slice(8)}`,
      birthDate: iso(year),
      placeCode,
      sex: last % 2 === 1 ? "L" : "P",
    },
  };
}
