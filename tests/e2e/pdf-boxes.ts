// Why: what a printed page looks like to a reader, read from the PDF's text boxes (pdftotext -bbox-layout): overlapping text, small type, numbers broken across lines, signatures alone.
import { execFileSync } from "node:child_process";
import { unescapeXml } from "../unit/reports/docx-read";

export type Word = { text: string; x0: number; y0: number; x1: number; y1: number; line: number };
export type PdfPage = { width: number; height: number; words: Word[] };

const num = (attrs: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attrs)![1]);
/** Every page's words with their boxes (points, origin top left) and the line each belongs to. */
export function pdfPages(file: string): PdfPage[] {
  const html = execFileSync("pdftotext", ["-bbox-layout", file, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  let line = 0;
  return [...html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map(([, attrs, body]) => {
    const words: Word[] = [];
    for (const [, lineBody] of body!.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)) {
      line += 1;
      for (const [, a, text] of lineBody!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g))
        words.push({
          text: unescapeXml(text!),
          x0: num(a!, "xMin"),
          y0: num(a!, "yMin"),
          x1: num(a!, "xMax"),
          y1: num(a!, "yMax"),
          line,
        });
    }
    return { width: num(attrs!, "width"), height: num(attrs!, "height"), words };
  });
}

/**
 * A word's box is its font's ascent to descent; Arial / Liberation Sans spans 0.905 + 0.212 of the point size.
 * Fonts with a taller box read larger, so the check never fails a text that is big enough.
 */
const BOX_PER_POINT = 1.117;
export const pointSize = (w: Word) => (w.y1 - w.y0) / BOX_PER_POINT;

/** Pairs of words drawn over each other: boxes sharing more than a sliver both across and down. */
export function overlaps(page: PdfPage): string[] {
  const out: string[] = [];
  const ws = page.words;
  for (let i = 0; i < ws.length; i += 1) {
    for (let j = i + 1; j < ws.length; j += 1) {
      const a = ws[i]!;
      const b = ws[j]!;
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      const shorter = Math.min(a.y1 - a.y0, b.y1 - b.y0);
      if (across > 0.5 && down > shorter * 0.25) out.push(`"${a.text}" over "${b.text}"`);
    }
  }
  return out;
}

/** Words smaller than `min` points. */
export function smallWords(page: PdfPage, min: number): string[] {
  return page.words
    .filter((w) => pointSize(w) < min - 0.2)
    .map((w) => `${w.text} (${pointSize(w).toFixed(1)} pt)`);
}

const WHOLE = [
  /^\d{6}-\d{2}-\d{4}$/, // MyKad
  /^\d{2}\/\d{2}\/\d{4}$/, // dd/mm/yyyy
  /^0\d{1,2}-\d{7,8}$/, // phone
  /^0\d{1,2}-\d{3,4}$/, // phone, its number spaced ("03-2282 1234")
  /^\d{1,3}-\d{1,3}$/, // an age band, a range
  /^\d{1,2}\/\d{2}$/, // mm/yy
];

/**
 * Pieces of a MyKad number or a date: a run of digits joined by "-" or "/" that is not whole, or a whole one
 * whose line ends on it while the next line starts with its missing digits.
 */
export function brokenNumbers(page: PdfPage): string[] {
  const out: string[] = [];
  for (const w of page.words) {
    const t = w.text.replace(/[(),.;:]+$/g, "").replace(/^[(]+/, "");
    if (!/^[\d/-]+$/.test(t) || !/\d/.test(t) || !/[/-]/.test(t)) continue;
    if (!WHOLE.some((re) => re.test(t))) out.push(t);
  }
  return out;
}

/** Texts of the page's lines, top to bottom. */
export function lineTexts(page: PdfPage): { text: string; y: number }[] {
  const byLine = new Map<number, Word[]>();
  for (const w of page.words) byLine.set(w.line, [...(byLine.get(w.line) ?? []), w]);
  return [...byLine.values()]
    .map((ws) => ({ text: ws.map((w) => w.text).join(" "), y: Math.min(...ws.map((w) => w.y0)) }))
    .sort((a, b) => a.y - b.y);
}
