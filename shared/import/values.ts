// Why: reads each kind of value the way offices type it in a spreadsheet (dates as text or Excel serials, MyKad
// that lost its leading zero, names in capitals, codes written in words) into what the app stores.
import { isValidIsoDate } from "../domain/dates";
import { normaliseText } from "../domain/search";
import { cellText, type Cell } from "./sheet";

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Excel's day 0 is 30/12/1899 (it counts 29/02/1900, which never was, so serials from 61 on land right). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Serials of 1/1/1900 .. 31/12/2199. */
const isSerial = (n: number) => Number.isFinite(n) && n >= 1 && n < 109_575;

export function fromSerial(serial: number): string {
  return new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** A two-digit year in the latest century that does not put it after `today`'s year. */
function fullYear(yy: number, today: string): number {
  const y = 2000 + yy;
  return y > Number(today.slice(0, 4)) ? y - 100 : y;
}

/**
 * A calendar day (yyyy-mm-dd) from an xlsx date cell, an Excel serial (as a number or as digits), or text written
 * day first: dd/mm/yyyy, d/m/yy, d.m.yy, d-m-yyyy; yyyy-mm-dd is read too. Never month first.
 */
export function parseDay(cell: Cell, today: string): Parsed<string> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return bad("imp.date");
    return ok(iso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()));
  }
  if (typeof cell === "number") return isSerial(cell) ? ok(fromSerial(cell)) : bad("imp.date");
  const text = cellText(cell);
  if (!text) return bad("v.required");
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const y = m[3]!.length === 2 ? fullYear(Number(m[3]), today) : Number(m[3]);
    const day = iso(y, Number(m[2]), Number(m[1]));
    return isValidIsoDate(day) ? ok(day) : bad("imp.date");
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    const day = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return isValidIsoDate(day) ? ok(day) : bad("imp.date");
  }
  if (/^\d{5}(\.\d+)?$/.test(text) && isSerial(Number(text))) return ok(fromSerial(Number(text)));
  return bad("imp.date");
}

/** An optional day: blank is "". */
export function parseOptionalDay(cell: Cell, today: string): Parsed<string> {
  return cellText(cell) ? parseDay(cell, today) : ok("");
}

export type DocumentRead =
  { kind: "mykad"; digits: string } | { kind: "passport"; docNo: string } | { kind: "none" };

/**
 * The identity document in a cell: twelve digits with or without dashes or spaces are a MyKad; nine to eleven digits
 * are a MyKad whose leading zeros Excel dropped (born 2000-2009: "05...", born in 2000 "000..."), as a number cell or
 * a CSV of one; the MyKad rules then check the date. Letters make a passport number. A MyKad
 * Excel turned into "8.50101E+11" lost digits for good and is refused.
 */
export function parseDocument(cell: Cell): Parsed<DocumentRead> {
  if (typeof cell === "number") {
    if (!Number.isInteger(cell) || cell < 0) return bad("imp.mykadRounded");
    const digits = String(cell);
    return digits.length >= 9 && digits.length <= 12
      ? ok({ kind: "mykad", digits: digits.padStart(12, "0") })
      : bad("v.mykadFormat");
  }
  const text = cellText(cell);
  if (!text || /^[-–—]+$/.test(text) || /^(tiada|tidak ada|none|n\/?a)$/i.test(text))
    return ok({ kind: "none" });
  if (/^\d(\.\d+)?e\+?\d+$/i.test(text)) return bad("imp.mykadRounded");
  const compact = text.replace(/[\s\-–]/g, "");
  if (/^\d+$/.test(compact)) {
    return compact.length >= 9 && compact.length <= 12
      ? ok({ kind: "mykad", digits: compact.padStart(12, "0") })
      : bad("v.mykadFormat");
  }
  if (/^[a-z0-9]{5,20}$/i.test(compact) && /[a-z]/i.test(compact))
    return ok({ kind: "passport", docNo: compact.toUpperCase() });
  return bad("v.mykadFormat");
}

/** Words kept in small letters inside a name ("bin", "binti", "a/l", "anak"). */
const SMALL_WORDS = new Set(["bin", "binti", "bt", "bte", "bn", "a/l", "a/p", "s/o", "d/o", "anak", "@"]);

/**
 * A name as the app keeps names typed by staff: as typed, except a name written all in capitals (as many registers
 * are) is written in title case, with "bin", "binti", "a/l", "a/p" and "anak" in small letters.
 */
export function tidyName(cell: Cell): string {
  const text = cellText(cell).replace(/\s+/g, " ");
  if (!/[A-Z]/.test(text) || /[a-z]/.test(text)) return text;
  return text
    .toLowerCase()
    .split(" ")
    .map((w) =>
      SMALL_WORDS.has(w)
        ? w
        : w.replace(/(^|[-'(])([a-z])/g, (_, before: string, ch: string) => before + ch.toUpperCase()),
    )
    .join(" ");
}

/** A word-to-code table: each code with the words (Malay or English, the code itself too) that mean it. */
export type CodeWords<C extends string> = Readonly<Record<C, readonly string[]>>;

/** The code a cell's words name: the whole text matches one of a code's words, else its first word does. */
export function parseCode<C extends string>(cell: Cell, words: CodeWords<C>, reason: string): Parsed<C> {
  const text = normaliseText(cellText(cell));
  if (!text) return bad("v.required");
  const entries = Object.entries(words) as [C, readonly string[]][];
  const compact = text.replace(/\s/g, "");
  for (const [code, list] of entries)
    if ([code, ...list].some((w) => normaliseText(w).replace(/\s/g, "") === compact)) return ok(code);
  // "Warga Emas (70 tahun)" or "Nasihat & kaunseling": a known phrase at the start.
  let found: C | null = null;
  let longest = 0;
  for (const [code, list] of entries)
    for (const w of [code, ...list]) {
      const k = normaliseText(w);
      if (k.length > longest && (text === k || text.startsWith(`${k} `))) {
        found = code;
        longest = k.length;
      }
    }
  return found ? ok(found) : bad(reason);
}

/** A phone number; a number cell that lost its leading zero gets it back (12-345 6789 -> 012-345 6789). */
export function parsePhone(cell: Cell): string {
  if (typeof cell === "number" && Number.isInteger(cell)) {
    const d = String(cell);
    return d.length >= 8 && d.length <= 10 && !d.startsWith("60") ? `0${d}` : d;
  }
  const text = cellText(cell);
  if (/^\d{8,10}$/.test(text) && /^[1-9]/.test(text) && !text.startsWith("60")) return `0${text}`;
  return text;
}

/** A yes/no cell (OKU): "Ya", "Y", "Yes", "1", "/" and TRUE are yes; blank is no. */
export function parseYes(cell: Cell): boolean {
  if (cell === true) return true;
  const t = normaliseText(cellText(cell));
  return ["ya", "y", "yes", "1", "true", "oku"].includes(t) || cellText(cell) === "/";
}

/** A non-negative amount ("RM 1,200.50", 1200.5); blank is 0. */
export function parseAmount(cell: Cell): Parsed<number> {
  if (typeof cell === "number") return cell >= 0 ? ok(cell) : bad("v.notNegative");
  const text = cellText(cell)
    .replace(/^rm\s*/i, "")
    .replace(/,/g, "");
  if (!text) return ok(0);
  const n = Number(text);
  return Number.isFinite(n) ? (n >= 0 ? ok(n) : bad("v.notNegative")) : bad("v.number");
}
