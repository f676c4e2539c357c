// Why: the common frame as `docx` building blocks (A4 page, letterhead, title, tables that print well, footer, signatures).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type ISectionOptions,
} from "docx";
import {
  frameWords,
  type FrameLanguage,
  SIGNATURE_LINE,
  letterheadLines,
  type Classification,
  type Letterhead,
  type SignatureBlock,
  type SignatureColumn,
} from "./text";

export const DOCX_FONT = "Arial";
/** Twips per centimetre. */
export const CM = 567;
const A4 = { width: 11906, height: 16838 };
const MARGIN = 2 * CM;
const BINDING = Math.round(2.5 * CM);
/** Half-points: body 11 pt, titles 12 pt, dense tables 9 pt, footer and notes 8 pt. */
const SIZE = { body: 22, title: 24, table: 18, small: 16, note: 16 };
const GREY = "D9D9D9";

export type Orientation = "portrait" | "landscape";

/**
 * Which margins a page has: "standard" (2.0 cm, FORMATS.md), or "narrow" (1.27 cm at the sides) for the one table
 * whose 14 columns cannot be set at 9 pt, unbroken, between 2 cm margins (the Buku Rekod extract).
 */
export type PageMargins = "standard" | "narrow";
/** Word's "Narrow" side margin: 0.5 inch. */
export const NARROW_SIDE = Math.round(1.27 * CM);

/**
 * Page margins: 2.0 cm, with 2.5 cm on the binding side. A portrait page is bound on the left; a landscape page
 * is filed turned a quarter, so its top edge is the one at the binding (and its sides may be narrow).
 */
export function pageMargins(o: Orientation, m: PageMargins = "standard") {
  const side = m === "narrow" ? NARROW_SIDE : MARGIN;
  return o === "portrait"
    ? {
        top: MARGIN,
        bottom: MARGIN,
        left: BINDING,
        right: side,
        header: Math.round(0.9 * CM),
        footer: Math.round(0.9 * CM),
      }
    : {
        top: BINDING,
        bottom: MARGIN,
        left: side,
        right: side,
        header: Math.round(0.9 * CM),
        footer: Math.round(0.9 * CM),
      };
}

/** Width between the margins, in twips: what a full-width table may take. */
export function usableWidth(o: Orientation, m: PageMargins = "standard"): number {
  const margins = pageMargins(o, m);
  return (o === "portrait" ? A4.width : A4.height) - margins.left - margins.right;
}

const run = (text: string, opts: { bold?: boolean; size?: number; italics?: boolean } = {}) =>
  new TextRun({
    text,
    font: DOCX_FONT,
    bold: opts.bold,
    italics: opts.italics,
    size: opts.size ?? SIZE.body,
  });

/** The centred letterhead: logo (if any), organisation (bold), office line (bold), address, phone, a rule under it. */
export function letterheadParagraphs(l: Letterhead): Paragraph[] {
  const out: Paragraph[] = [];
  if (l.logo) {
    const height = 64;
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 80 },
        children: [
          new ImageRun({
            type: l.logo.type === "jpeg" ? "jpg" : "png",
            data: l.logo.data,
            transformation: { width: Math.round((l.logo.width / l.logo.height) * height), height },
            altText: { name: "Logo", description: "Logo pejabat", title: "Logo" },
          }),
        ],
      }),
    );
  }
  const lines = letterheadLines(l);
  lines.forEach((line, i) =>
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 0 },
        border:
          i === lines.length - 1
            ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 4 } }
            : undefined,
        children: [run(line, { bold: i < 2, size: i === 0 ? SIZE.title : SIZE.body })],
      }),
    ),
  );
  return out;
}

/** The title (12 pt bold capitals) and the programme, site and period lines under it. */
export function titleParagraphs(title: string, subtitle: string[]): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 160, after: 40 },
      children: [run(title.toUpperCase(), { bold: true, size: SIZE.title })],
    }),
    ...subtitle.map(
      (line, i) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: i === subtitle.length - 1 ? 160 : 0 },
          children: [run(line, { bold: true })],
        }),
    ),
  ];
}

export type DocxColumn = { header: string; width: number; align?: "left" | "center" | "right" };
export type DocxRow = {
  cells: (string | number | null)[];
  bold?: boolean;
  /** A section heading: "Bil." then the label across every other column. */
  section?: boolean;
  /** Indent of the label (second) column, in steps of about 0.4 cm. */
  indent?: number;
  /** Keep this row on the page of the next one (the last rows with what follows the table). */
  keepNext?: boolean;
  /** The least row height in points (a row to sign in). */
  minHeight?: number;
};

const alignOf = (a: "left" | "center" | "right" | undefined) =>
  a === "right" ? AlignmentType.RIGHT : a === "left" ? AlignmentType.LEFT : AlignmentType.CENTER;

function cell(
  text: string,
  width: number,
  o: { bold?: boolean; align?: "left" | "center" | "right"; fill?: boolean; span?: number; indent?: number },
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.span,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 10, bottom: 10, left: 60, right: 60 },
    shading: o.fill ? { type: ShadingType.CLEAR, color: "auto", fill: GREY } : undefined,
    children: [
      new Paragraph({
        alignment: alignOf(o.align),
        indent: o.indent ? { left: o.indent * 227 } : undefined,
        spacing: { before: 0, after: 0 },
        children: [run(text, { bold: o.bold, size: SIZE.table })],
      }),
    ],
  });
}

/**
 * A bordered table: the header row (grey, bold) repeats on every page (`tableHeader`), and no row is split across
 * pages (`cantSplit`). Widths are in twips; nulls are left empty.
 */
export function docxTable(columns: DocxColumn[], rows: DocxRow[]): Table {
  const widths = columns.map((c) => c.width);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.header, widths[i]!, { bold: true, fill: true, align: "center" })),
  });
  const body = rows.map((r) => {
    if (r.section) {
      const rest = widths.slice(1).reduce((a, b) => a + b, 0);
      return new TableRow({
        cantSplit: true,
        keepNext: true,
        children: [
          cell(String(r.cells[0] ?? ""), widths[0]!, { bold: true, align: columns[0]?.align }),
          cell(String(r.cells[1] ?? ""), rest, { bold: true, align: "left", span: columns.length - 1 }),
        ],
      });
    }
    return new TableRow({
      cantSplit: true,
      keepNext: r.keepNext,
      height: r.minHeight ? { value: r.minHeight * 20, rule: HeightRule.ATLEAST } : undefined,
      children: columns.map((c, i) =>
        cell(r.cells[i] === null || r.cells[i] === undefined ? "" : String(r.cells[i]), widths[i]!, {
          bold: r.bold,
          align: c.align ?? (i === 1 ? "left" : "center"),
          indent: i === 1 ? r.indent : undefined,
        }),
      ),
    });
  });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...body],
  });
}

/** Small italic lines under a table, kept with what follows (the signature block). */
export function noteParagraphs(notes: string[]): Paragraph[] {
  return notes.map(
    (n, i) =>
      new Paragraph({
        keepNext: true,
        spacing: { before: i === 0 ? 80 : 0, after: 0 },
        children: [run(n, { italics: true, size: SIZE.note })],
      }),
  );
}

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

/**
 * The signature block as one borderless row that is never split: prepared by (left), reviewed by (right); one
 * officer doing both signs in the left half.
 */
export function signatureTable(block: SignatureBlock, width: number): Table {
  const half = Math.floor(width / 2);
  const side = (col: SignatureColumn | undefined) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      children: col
        ? [
            new Paragraph({ keepNext: true, children: [run(col.heading, { bold: true })] }),
            new Paragraph({ keepNext: true, spacing: { before: 600 }, children: [run(SIGNATURE_LINE)] }),
            ...col.lines.map((l) => new Paragraph({ keepNext: true, children: [run(l)] })),
          ]
        : [new Paragraph({ children: [] })],
    });
  return new Table({
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    layout: TableLayoutType.FIXED,
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: [new TableRow({ cantSplit: true, children: [side(block[0]), side(block[1])] })],
  });
}

/** Space before the signature block, kept with it. */
export function spacer(twips = 200): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: twips, after: 0 }, children: [] });
}

export type DocxPage = {
  orientation: Orientation;
  /** Standard unless the document needs the narrow sides (see `PageMargins`). */
  margins?: PageMargins;
  classification: Classification;
  /** The generation stamp text (frame/text.ts `stampText`). */
  stamp: string;
  /** The frame's words: Malay unless the letterhead says otherwise (`Letterhead.language`). */
  language?: FrameLanguage;
};

/** A section on A4 with the frame's header (classification) and footer ("Muka surat X daripada Y", stamp, classification). */
export function framedSection(page: DocxPage, children: FileChild[]): ISectionOptions {
  const sulit = page.classification === "SULIT";
  const words = frameWords(page.language);
  const mark = () =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(words.classified, { bold: true, size: SIZE.title })],
    });
  return {
    properties: {
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation:
            page.orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: pageMargins(page.orientation, page.margins),
      },
    },
    headers: sulit ? { default: new Header({ children: [mark()] }) } : undefined,
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                font: DOCX_FONT,
                size: SIZE.small + 2,
                children: [`${words.page} `, PageNumber.CURRENT, ` ${words.of} `, PageNumber.TOTAL_PAGES],
              }),
            ],
          }),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [run(page.stamp, { size: SIZE.small })] }),
          ...(sulit ? [mark()] : []),
        ],
      }),
    },
    children,
  };
}

/** Packs the sections into a .docx with Arial 11 as the document default. */
export async function docxBytes(
  sections: ISectionOptions[],
  meta: { title: string; creator: string },
): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new Document({
    creator: meta.creator,
    title: meta.title,
    styles: {
      default: {
        document: { run: { font: DOCX_FONT, size: SIZE.body }, paragraph: { spacing: { after: 0 } } },
      },
    },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
