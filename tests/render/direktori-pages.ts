// Why: the Direktori CBO's contents are only worth printing if their page numbers are right where LibreOffice lays
// the booklet out: each entry's heading on the page planned for it, each contents line ending with that page.
import type { DirektoriModel } from "../../shared/reports/direktori/model";
import { entryHeading } from "../../shared/reports/direktori/model";
import type { Page } from "./check";

/** The words of a page as one line of text. */
const textOf = (p: Page | undefined) => (p?.words ?? []).map((w) => w.text).join(" ");

export function direktoriPagesCheck(model: DirektoriModel, pages: Page[]): string[] {
  const problems: string[] = [];
  if (pages.length !== model.pageCount)
    problems.push(`${pages.length} pages printed, ${model.pageCount} planned`);
  for (const e of model.entries) {
    // The first words of the heading (a long name may wrap).
    const head = entryHeading(e).split(/\s+/).slice(0, 4).join(" ");
    if (!textOf(pages[e.page - 1]).includes(head)) {
      const found = pages.findIndex((p, i) => i > 0 && textOf(p).includes(head));
      problems.push(`entry ${e.no} planned on page ${e.page}, printed on ${found < 0 ? "none" : found + 1}`);
    }
  }
  // Every contents line's page number is printed at its line's end on the planned contents page.
  model.contentsPages.forEach((lines, i) => {
    const text = textOf(pages[1 + i]);
    for (const l of lines)
      if (l.kind === "line" && !new RegExp(`\\.{3,}\\s*${l.page}\\b|\\s${l.page}\\b`).test(text))
        problems.push(`contents page ${i + 2}: no page number ${l.page} for "${l.text}"`);
  });
  return problems.slice(0, 10);
}
