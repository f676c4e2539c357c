// Why: a previewer that does not recalculate (a phone's, an email's) shows a formula cell's stored result: every total carries it, 0 included, never a blank.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { pelaksanaanProgramModel } from "../../../shared/reports/pelaksanaan-program/model";
import { programmeXlsx } from "../../../shared/reports/pelaksanaan-program/xlsx";
import { statistikKesModel } from "../../../shared/reports/statistik-kes/model";
import { statistikKesXlsx } from "../../../shared/reports/statistik-kes/xlsx";
import { fixtureInput as programmeInput } from "../../fixtures/reports/pelaksanaan-program";
import { fixtureInput as statistikInput } from "../../fixtures/reports/statistik-kes";

/** Every formula cell of every sheet, with the cached value written beside it (null when none is). */
async function formulaCells(bytes: Uint8Array): Promise<{ ref: string; value: string | null }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const out: { ref: string; value: string | null }[] = [];
  for (const name of sheets) {
    const xml = await zip.file(name)!.async("string");
    for (const [, ref, body] of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/c>/g))
      if (body!.includes("<f>"))
        out.push({ ref: `${name}!${ref}`, value: /<v>([^<]*)<\/v>/.exec(body!)?.[1] ?? null });
  }
  return out;
}

describe("xlsx totals hold their result", () => {
  it("the programme report of a month without programmes stores JUMLAH 0", async () => {
    const empty = pelaksanaanProgramModel({ ...programmeInput, period: { year: 2026, month: 2 } });
    expect(empty.total.participants).toBe(0);
    const cells = await formulaCells(await programmeXlsx(empty));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.value === null)).toEqual([]);
    expect(cells.map((c) => c.value)).toContain("0");
  });

  it("the statistics store every subtotal and total, the zero ones too", async () => {
    const cells = await formulaCells(await statistikKesXlsx(statistikKesModel(statistikInput)));
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.filter((c) => c.value === null)).toEqual([]);
    expect(cells.some((c) => c.value === "0")).toBe(true);
  });
});
