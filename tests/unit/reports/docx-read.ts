// Why: read-back tests look into a written .docx the same way: its tables as text, its XML unescaped.

/** Each table's rows, each row's cells, each cell's text (the lines of a cell run together). */
export function docxTables(xml: string): string[][][] {
  return xml
    .split("<w:tbl>")
    .slice(1)
    .map((t) =>
      [...t.split("</w:tbl>")[0]!.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
        [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) =>
          [...tc[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
        ),
      ),
    );
}

/** XML text with the five entities written as characters. */
export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The page size of every section (<w:pgSz>), as "portrait" / "landscape" A4 or the raw element when it is not A4. */
export function docxPages(xml: string): string[] {
  return [...xml.matchAll(/<w:pgSz [^>]*>/g)].map(([el]) => {
    const w = /w:w="(\d+)"/.exec(el)?.[1];
    const h = /w:h="(\d+)"/.exec(el)?.[1];
    const landscape = el.includes('w:orient="landscape"');
    if (!landscape && w === "11906" && h === "16838") return "portrait";
    if (landscape && w === "16838" && h === "11906") return "landscape";
    return el;
  });
}
