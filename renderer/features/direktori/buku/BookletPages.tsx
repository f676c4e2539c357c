// Why: the booklet on paper (print and PDF): the pages the model planned, each starting a new sheet, in the Word
// booklet's type sizes, so the contents' page numbers are the pages they point to here too.
import type { CSSProperties } from "react";
import type {
  ContentsLine,
  DirektoriEntry,
  DirektoriModel,
} from "../../../../shared/reports/direktori/model";
import { areaHeading, entryHeading } from "../../../../shared/reports/direktori/model";
import { AFTER_FIELD, AREA_AFTER, AREA_BEFORE, PAPER } from "../../../../shared/reports/direktori/pages";

const page: CSSProperties = { breakBefore: "page" };
const keep: CSSProperties = { breakInside: "avoid" };

function Line({ line, pt }: { line: ContentsLine; pt: number }) {
  if (line.kind === "heading")
    return (
      <div style={{ textAlign: "center", fontWeight: 700, fontSize: `${pt + 3}pt`, marginBottom: "8pt" }}>
        {line.text}
      </div>
    );
  if (line.kind === "section")
    return <div style={{ fontWeight: 700, fontSize: `${pt}pt`, margin: "8pt 0 2pt" }}>{line.text}</div>;
  if (line.kind === "group")
    return (
      <div style={{ fontWeight: 700, fontStyle: "italic", fontSize: `${pt}pt`, margin: "4pt 0 2pt 7pt" }}>
        {line.text}
      </div>
    );
  return (
    <div
      style={{
        display: "flex",
        alignItems: "flex-end",
        fontSize: `${pt}pt`,
        margin: `0 0 ${line.indent ? 1 : 2}pt ${line.indent ? 14 : 7}pt`,
      }}
    >
      <span>{line.text}</span>
      <span style={{ flex: 1, borderBottom: "1pt dotted #000", margin: "0 3pt 3pt", minWidth: "12pt" }} />
      <span style={{ minWidth: "18pt", textAlign: "right" }}>{line.page}</span>
    </div>
  );
}

function Entry({ entry, paper }: { entry: DirektoriEntry; paper: (typeof PAPER)[keyof typeof PAPER] }) {
  const s = paper.size;
  return (
    <div style={{ ...keep, marginTop: `${paper.gap}pt` }} data-entry={entry.no}>
      <div style={{ fontWeight: 700, fontSize: `${s.name}pt`, marginBottom: "2pt" }}>
        {entryHeading(entry)}
      </div>
      {entry.fields.map((f) => (
        <div
          key={f.label}
          style={{
            display: "grid",
            gridTemplateColumns: `${paper.label}pt 1fr`,
            fontSize: `${s.text}pt`,
            marginBottom: `${AFTER_FIELD}pt`,
          }}
        >
          <span style={{ fontWeight: 700 }}>{f.label}</span>
          <span style={{ whiteSpace: "pre-line" }}>{f.value}</span>
        </div>
      ))}
      <div style={{ fontStyle: "italic", fontSize: `${s.text}pt` }}>{entry.confirmed}</div>
    </div>
  );
}

export function BookletPages({ model }: { model: DirektoriModel }) {
  const paper = PAPER[model.paper];
  const s = paper.size;
  return (
    // Single-spaced as in Word (the app's own line height is 1.55), so the planned pages hold what they hold there.
    <div data-testid="direktori-pages" style={{ lineHeight: 1.15 }}>
      {model.contentsPages.map((lines, i) => (
        <section key={`c${i}`} style={page}>
          {lines.map((l, j) => (
            <Line key={j} line={l} pt={s.contents} />
          ))}
        </section>
      ))}
      {model.entryPages.map((blocks, i) => (
        <section key={`e${i}`} style={page}>
          {blocks.map((b) =>
            b.kind === "area" ? (
              <div
                key={`${b.area.bookmark}${b.continued ? "+" : ""}`}
                style={{
                  fontWeight: 700,
                  fontSize: `${s.area}pt`,
                  margin: `${AREA_BEFORE}pt 0 ${AREA_AFTER}pt`,
                  borderBottom: "0.75pt solid #000",
                  breakAfter: "avoid",
                }}
              >
                {areaHeading(b.area, b.continued)}
              </div>
            ) : (
              <Entry key={b.entry.bookmark} entry={b.entry} paper={paper} />
            ),
          )}
        </section>
      ))}
    </div>
  );
}
