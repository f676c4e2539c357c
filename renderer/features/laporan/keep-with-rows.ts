// Why: Chromium will not move a table's last rows to the next page to keep what follows them (notes, totals, signatures) on its page, so a copy of the document's last lines and the signatures is made one group it keeps whole.

/** How many of the last table rows go with the signatures. */
const KEPT_ROWS = 2;
/** When the document ends in text instead of a table: how many of its last lines go with the signatures. */
const KEPT_LINES = 3;
/** Marks an original whose copy is in the group; app.css hides it on paper (an attribute React does not reset). */
const MOVED = "data-print-moved";

/** The elements after `el` in document order, up to (not including) `root`: following siblings at every level. */
function after(el: Element, root: Element): Element[] {
  const out: Element[] = [];
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let s = node.nextElementSibling; s; s = s.nextElementSibling) out.push(s);
  }
  return out;
}

/** Columns a row spans, counting colSpan. */
const width = (row: HTMLTableRowElement) => [...row.cells].reduce((n, c) => n + Math.max(1, c.colSpan), 0);

const visible = (el: Element) => el.tagName !== "STYLE" && (el.textContent ?? "").trim() !== "";

/** Copies `elements` into `into` and hides the originals; returns the originals. */
function copy(elements: Element[], into: Element): Element[] {
  for (const el of elements) {
    into.appendChild(el.cloneNode(true));
    el.setAttribute(MOVED, "");
  }
  return elements;
}

/**
 * In the print view's `body`, the document's last rows (or last lines) and everything after them, then the `tail`
 * elements (the signatures), are shown as one group Chromium keeps whole, moving it to the next page when it does
 * not fit. The originals stay in place, hidden on paper, so React's nodes are never moved. Returns the undo.
 */
export function keepWithLastRows(body: HTMLElement, tail: HTMLElement[]): () => void {
  // The last table of rows; a totals table under it (.print-tail) goes with the group.
  const tables = [...body.querySelectorAll("table")].filter((t) => !t.closest(".print-tail"));
  const table = tables[tables.length - 1];
  const section = table?.tBodies[table.tBodies.length - 1];
  const following = table ? after(table, body).filter(visible) : [];
  const endsInTable = !!section?.rows.length && following.every((el) => el.matches(".print-tail, p"));
  let group: HTMLElement;
  let moved: Element[];
  if (table && section && endsInTable) {
    const rows = [...section.rows].slice(-KEPT_ROWS);
    group = document.createElement("tbody");
    const row = document.createElement("tr");
    const cell = document.createElement("td");
    cell.className = "print-keep-cell";
    cell.colSpan = width(rows[rows.length - 1]!);
    moved = [...copy(rows, group), ...copy([...following, ...tail], cell)];
    row.appendChild(cell);
    group.appendChild(row);
    table.appendChild(group);
  } else {
    // The last lines of text (elements holding text and no other element).
    const lines = [...body.querySelectorAll("*")]
      .filter((el) => el.childElementCount === 0 && visible(el) && !el.closest("table"))
      .slice(-KEPT_LINES);
    group = document.createElement("div");
    moved = copy([...lines, ...tail], group);
    body.appendChild(group);
  }
  group.classList.add("print-keep");
  return () => {
    group.remove();
    for (const el of moved) el.removeAttribute(MOVED);
  };
}
