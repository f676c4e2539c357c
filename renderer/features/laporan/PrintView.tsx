// Why: the print and PDF copy of a document: the same letterhead, title, figures and signatures as the files, on A4, in a layer of its own.
import { createPortal } from "react-dom";
import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode, type Ref } from "react";
import {
  letterheadLines,
  frameWords,
  SIGNATURE_LINE,
  type SignatureBlock,
} from "../../../shared/reports/frame/text";
import type { PrintFrameData } from "./documents/types";
import { keepWithLastRows } from "./keep-with-rows";

type Props = {
  frame: PrintFrameData;
  orientation: "portrait" | "landscape";
  /** "narrow": 12.7 mm sides, as the document's files (the Buku Rekod extract). */
  margins?: "standard" | "narrow";
  children: ReactNode;
};

/** Rendered only while printing, straight under <body>; app.css hides everything else on paper. */
export function PrintView({ frame, orientation, margins, children }: Props) {
  const logoUrl = useMemo(
    () =>
      frame.letterhead.logo
        ? URL.createObjectURL(
            new Blob([frame.letterhead.logo.data as BlobPart], {
              type: `image/${frame.letterhead.logo.type}`,
            }),
          )
        : null,
    [frame.letterhead.logo],
  );
  useEffect(() => () => (logoUrl ? URL.revokeObjectURL(logoUrl) : undefined), [logoUrl]);
  const body = useRef<HTMLElement>(null);
  const signatures = useRef<HTMLDivElement>(null);
  // The signatures stay on the page of the last rows, with the notes and totals between them.
  useLayoutEffect(() => {
    if (!body.current || !signatures.current) return;
    return keepWithLastRows(body.current, [signatures.current]);
  });
  const sulit = frame.classification === "SULIT";
  const words = frameWords(frame.letterhead.language);
  // Page margin boxes carry the page numbers, the generation stamp and the classification on every printed page.
  const css = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  const small = 'font: 8pt Arial, "Liberation Sans", sans-serif;';
  const mark = `content: ${css(words.classified)}; font: bold 11pt Arial, "Liberation Sans", sans-serif;`;
  const side = margins === "narrow" ? "12.7mm" : "15mm";
  // The A5 booklet keeps its Word pages' margins, so its planned pages hold the same entries on paper.
  const page =
    frame.paper === "a5"
      ? "A5 portrait; margin: 15mm 18mm 18mm 18mm"
      : `A4 ${orientation}; margin: 18mm ${side} 20mm ${side}`;
  const pageRule = `@page { size: ${page};
    @bottom-left { content: ${css(frame.stamp)}; ${small} }
    @bottom-right { content: ${css(`${words.page} `)} counter(page) ${css(` ${words.of} `)} counter(pages); ${small} }
    ${sulit ? `@top-center { ${mark} } @bottom-center { ${mark} }` : ""} }`;
  return createPortal(
    <div id="print-root" data-testid="print-view">
      <style>{pageRule}</style>
      <header className="print-letterhead">
        {logoUrl && <img src={logoUrl} alt="" className="print-logo" />}
        {letterheadLines(frame.letterhead).map((line, i) => (
          <div key={line} className={i < 2 ? "print-strong" : undefined}>
            {line}
          </div>
        ))}
      </header>
      <h1 className="print-title">{frame.title}</h1>
      {frame.subtitle.map((line) => (
        <div key={line} className="print-subtitle">
          {line}
        </div>
      ))}
      <main className="print-body" ref={body}>
        {children}
      </main>
      {frame.signature && <PrintSignatures block={frame.signature} ref={signatures} />}
    </div>,
    document.body,
  );
}

/** Not a table: Chromium splits a table between pages, an inline box it keeps whole. */
export function PrintSignatures({ block, ref }: { block: SignatureBlock; ref?: Ref<HTMLDivElement> }) {
  return (
    <div className="print-signatures" ref={ref}>
      <div className="print-signatures-row">
        {block.map((col) => (
          <div key={col.heading} className="print-signature">
            <div className="print-strong">{col.heading}</div>
            <div className="print-sign-space" />
            <div>{SIGNATURE_LINE}</div>
            {col.lines.map((l) => (
              <div key={l}>{l}</div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
