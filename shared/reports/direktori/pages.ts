// Why: the booklet's pages are planned here, once, so the contents can print real page numbers in every copy (Word,
// LibreOffice, the print view): each planned page starts with a page break, and what it holds is estimated with
// Arial's real widths and kept well under the page's room, so no page ever runs over into the next.
import { linesWithin } from "../frame/measure";

export type DirektoriPaper = "a4" | "a5";

/** Twips per point. */
const TW = 20;
const CM = 28.3465;

/**
 * Page geometry (points) and type sizes of each paper. A4 keeps the frame's margins (2.5 cm at the binding, 2 cm
 * elsewhere); A5 has 1.8 cm at both sides, so either side may be the fold when the pages are printed as a booklet.
 */
export const PAPER = {
  a4: {
    width: 595.3,
    height: 841.9,
    margin: {
      top: 2 * CM,
      bottom: 2 * CM,
      left: 2.5 * CM,
      right: 2 * CM,
      header: 0.9 * CM,
      footer: 0.9 * CM,
    },
    /** Type sizes (pt): organisation name, field text, area heading, contents lines. */
    size: { name: 11, text: 10, area: 12, contents: 10, heading: 13 },
    /** Width of the field labels' column (pt). */
    label: 3.3 * CM,
    /** Space before an entry (pt). */
    gap: 9,
  },
  a5: {
    width: 419.5,
    height: 595.3,
    margin: {
      top: 1.5 * CM,
      bottom: 1.8 * CM,
      left: 1.8 * CM,
      right: 1.8 * CM,
      header: 0.7 * CM,
      footer: 0.7 * CM,
    },
    size: { name: 10, text: 9, area: 11, contents: 9, heading: 12 },
    label: 2.8 * CM,
    gap: 7,
  },
} as const;

export type PaperSpec = (typeof PAPER)[DirektoriPaper];

/** The room between the margins, in points. */
export function bodyBox(p: PaperSpec): { width: number; height: number } {
  return {
    width: p.width - p.margin.left - p.margin.right,
    height: p.height - p.margin.top - p.margin.bottom,
  };
}

/** Twips of a length in points (for docx). */
export const twips = (pt: number) => Math.round(pt * TW);

/** A line of single-spaced Arial is 1.149 em in Word and LibreOffice; planned at 1.17 em. */
export const LINE = 1.17;
/** Text is planned in 94 % of its real width and pages filled to 93 % of their room: estimates may only run long. */
const WIDTH_USE = 0.94;
export const FILL = 0.93;
/** Space (pt) after each field line, and around an area heading. */
export const AFTER_FIELD = 1;
export const AREA_BEFORE = 10;
export const AREA_AFTER = 6;
/** Room kept at the right of a contents line for its page number (pt). */
export const PAGE_NO_ROOM = 30;

/** Lines `text` takes at `pt` wrapped between words in `width` points. */
export const linesIn = (text: string, width: number, pt: number, bold = false): number =>
  linesWithin(text, (width * WIDTH_USE) / pt, bold);

/** Height (pt) of a paragraph of `text` at `pt` in `width` points. */
export const heightOf = (text: string, width: number, pt: number, bold = false) =>
  linesIn(text, width, pt, bold) * pt * LINE;

/** A block of a page: its height (pt); kept on the page of the next block; the heading it is under, repeated above it. */
export type Block<T> = {
  item: T;
  height: number;
  keepWithNext?: boolean;
  under?: { item: T; height: number };
};

/**
 * Splits blocks of known height into pages of `room` points: a block that does not fit starts the next page; a block
 * taller than a page has a page of its own (it runs over, which only a single entry of hundreds of words can do).
 * `keepWithNext` blocks (an area heading) go to the next page with the block after them; a block that starts a page
 * has the heading it is `under` repeated above it ("… (samb.)").
 */
export function paginate<T>(blocks: readonly Block<T>[], room: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i]!;
    const next = b.keepWithNext ? (blocks[i + 1]?.height ?? 0) : 0;
    if (page.length && used + b.height + next > room) {
      pages.push(page);
      page = b.under ? [b.under.item] : [];
      used = b.under?.height ?? 0;
    }
    page.push(b.item);
    used += b.height;
  }
  if (page.length) pages.push(page);
  return pages;
}
