// Why: reads the cells of an .xlsx file straight from its XML: exceljs builds a full styled workbook model and took
// 12-22 s for a 50,000-row register on a 2-core PC; an import needs only values, dates and merged cells.
import { ImportFileError, MAX_IMPORT_ROWS, type Cell, type Sheet, type SheetRow } from "./sheet";
import { zipEntries, zipText, type ZipEntries } from "./unzip";

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Built-in number formats that show a date (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text as written: entities and the _xHHHH_ escapes of OOXML strings resolved. */
export function xmlText(s: string): string {
  if (!s.includes("&") && !s.includes("_x")) return s;
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITY[e] ?? m),
    )
    .replace(/_x([0-9a-f]{4})_/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** The text of every <t> in a piece of XML (a shared string or an inline string; phonetic runs left out). */
function texts(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let out = "";
  for (const m of body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)) out += m[1] ?? "";
  return xmlText(out);
}

/** 0-based column of a cell reference ("B5" -> 1). */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** Which cell styles show dates: styles.xml cellXfs -> numFmtId, with custom formats that hold d or y. */
function dateStyles(styles: string | null): boolean[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b([^>]*)\/?>/g))
    custom.set(Number(attr(m[1]!, "numFmtId")), xmlText(attr(m[1]!, "formatCode") ?? ""));
  const isDateFormat = (id: number) => {
    if (DATE_FORMAT_IDS.has(id)) return true;
    const code = custom.get(id);
    if (!code) return false;
    const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
    return /[dy]/i.test(bare);
  };
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b([^>]*)>/g)].map((m) => isDateFormat(Number(attr(m[1]!, "numFmtId") ?? 0)));
}

function text(zip: ZipEntries, path: string): Promise<string | null> {
  return zipText(zip, path.replace(/^\//, ""));
}

function sheetRows(xml: string, shared: string[], dates: boolean[], epoch: number): SheetRow[] {
  const rows: SheetRow[] = [];
  const data = /<sheetData\b[^>]*>([\s\S]*)<\/sheetData>/.exec(xml)?.[1] ?? "";
  let next = 1;
  for (const r of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNo = Number(attr(r[1]!, "r") ?? next);
    next = rowNo + 1;
    if (rows.length > MAX_IMPORT_ROWS + 1)
      throw new ImportFileError("imp.tooManyRows", { max: MAX_IMPORT_ROWS });
    const cells: Cell[] = [];
    let col = 0;
    for (const c of (r[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const a = c[1]!;
      const ref = attr(a, "r");
      if (ref) col = columnOf(ref);
      const body = c[2] ?? "";
      const t = attr(a, "t") ?? "n";
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value: Cell = null;
      if (t === "s") value = v === undefined ? null : (shared[Number(v)] ?? null);
      else if (t === "inlineStr") value = texts(body);
      else if (t === "str") value = v === undefined ? null : xmlText(v);
      else if (t === "b") value = v === undefined ? null : v === "1";
      else if (t === "e") value = null;
      else if (v !== undefined && v !== "") {
        const n = Number(v);
        value = dates[Number(attr(a, "s") ?? 0)] ? new Date(epoch + Math.round(n * DAY_MS)) : n;
      }
      while (cells.length < col) cells.push(null);
      cells[col] = value;
      col++;
    }
    rows.push({ rowNo, cells });
  }
  // A merged range reads its first cell's value in every cell (as Excel shows it across the range).
  const merges = [...xml.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)];
  if (merges.length) {
    const byNo = new Map(rows.map((r) => [r.rowNo, r]));
    for (const [, c1, r1, c2, r2] of merges) {
      const top = Number(r1);
      const left = columnOf(c1!);
      const value = byNo.get(top)?.cells[left] ?? null;
      if (value === null) continue;
      for (let rn = top; rn <= Number(r2); rn++) {
        let row = byNo.get(rn);
        if (!row) {
          row = { rowNo: rn, cells: [] };
          byNo.set(rn, row);
          rows.push(row);
        }
        for (let cn = left; cn <= columnOf(c2!); cn++) {
          while (row.cells.length < cn) row.cells.push(null);
          row.cells[cn] = value;
        }
      }
    }
    rows.sort((a, b) => a.rowNo - b.rowNo);
  }
  return rows.filter((r) => r.cells.some((c) => c !== null && c !== ""));
}

/** The sheets of an .xlsx file, in workbook order, as rows of plain cells; ImportFileError when it is no workbook. */
export async function readXlsxSheets(bytes: Uint8Array): Promise<Sheet[]> {
  const zip = zipEntries(bytes);
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) throw new ImportFileError("imp.notSpreadsheet");
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b([^>]*)\/?>/g)].map((m) => [
      attr(m[1]!, "Id"),
      attr(m[1]!, "Target") ?? "",
    ]),
  );
  const sharedXml = await text(zip, "xl/sharedStrings.xml");
  const shared = sharedXml
    ? [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => texts(m[1] ?? ""))
    : [];
  const dates = dateStyles(await text(zip, "xl/styles.xml"));
  const epoch = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook) ? EPOCH_1904 : EPOCH_1900;
  const sheets: Sheet[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const target = targets.get(attr(m[1]!, "r:id"));
    if (!target) continue;
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
    const xml = await text(zip, path);
    if (xml === null) continue;
    sheets.push({ name: xmlText(attr(m[1]!, "name") ?? ""), rows: sheetRows(xml, shared, dates, epoch) });
  }
  if (!sheets.length) throw new ImportFileError("imp.notSpreadsheet");
  return sheets;
}
