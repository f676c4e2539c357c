// Why: CSV as the Frictionless tabular data package of HSDS expects it: UTF-8, a header row, commas, CRLF, and
// quotes only around values that hold a comma, a quote or a line break.

const needsQuotes = /[",\r\n]/;

export function csvCell(value: string): string {
  return needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV text: the header, then each row's values in the header's order (missing values empty). */
export function writeCsv(
  header: readonly string[],
  rows: readonly Readonly<Record<string, string>>[],
): string {
  const lines = [header.map(csvCell).join(",")];
  for (const r of rows) lines.push(header.map((h) => csvCell(r[h] ?? "")).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
