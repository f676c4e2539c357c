// Why: CSV as offices save it from Excel: a UTF-8 BOM or the Windows code page, ";" or "," between fields, quoted
// fields holding separators, quotes and line breaks.
import type { SheetRow } from "./sheet";

/** UTF-8 (with or without BOM); bytes that are not UTF-8 are read as Windows-1252, Excel's "CSV" on Malay Windows. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator used most outside quotes in the first lines: ";", "," or a tab. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\n") lines++;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
  return best;
}

/** Rows of a CSV text; each row's number is its record's place (a quoted line break stays in one row, as in Excel). */
export function parseCsv(text: string, separator = detectSeparator(text)): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    cells.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push({ rowNo: rows.length + 1, cells });
    cells = [];
  };
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === separator) endField();
    else if (ch === "\n") endRow();
    else if (ch === "\r") {
      if (text[i + 1] !== "\n") endRow();
    } else field += ch;
    i++;
  }
  if (field !== "" || cells.length) endRow();
  return rows;
}
