// Why: what a table needs to read the same on paper as in the files: a MyKad number, a date or a record number never broken across lines, and no scroll box around it (Chromium will not move a scroll box's rows to keep the signatures with them).
import { Table } from "@mantine/core";
import type { ReactNode } from "react";

const WHOLE =
  /^(\d{6}-\d{2}-\d{4}|\d{2}\/\d{2}\/\d{4}|[A-Z]{2,5}\/\d{4}\/\d{3,5}|0\d{1,2}-\d{3,4} ?\d{3,5})$/;

/** The value as a cell shows it; one that must not break is kept on one line. */
export function whole(value: unknown): ReactNode {
  const text = value === null || value === undefined ? "" : String(value);
  return WHOLE.test(text) ? <span className="print-whole">{text}</span> : text;
}

/** On screen a wide table scrolls in its box; on paper it is the table alone, shrunk to the page. */
export function ScrollOnScreen({
  print,
  minWidth,
  children,
}: {
  print?: boolean;
  minWidth: number;
  children: ReactNode;
}) {
  return print ? children : <Table.ScrollContainer minWidth={minWidth}>{children}</Table.ScrollContainer>;
}
