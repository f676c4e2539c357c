// Why: the Laporan Pelaksanaan Program docx writer timed on the fixture generator's month of about N printed pages,
// in a bundle of its own so the reports bench still runs while that report is unfinished.
import { pelaksanaanProgramModel } from "../../../shared/reports/pelaksanaan-program/model";
import { programmeDocx } from "../../../shared/reports/pelaksanaan-program/docx";
import { programmeReportFixture } from "../../fixtures/reports/pelaksanaan-program";

export type ProgrammeResult = {
  ms: Record<"model" | "docx" | "total", number[]>;
  programmes: number;
  photos: number;
  bytes: number;
  /** The last run's document, base64, for the page count in LibreOffice. */
  base64: string;
};

declare global {
  interface Window {
    benchProgrammeDocx: (pages: number, runs: number, budgetMs: number) => Promise<ProgrammeResult>;
  }
}

function base64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The input is made once (photos included) and not timed: the report starts from records already read. */
async function benchProgrammeDocx(pages: number, runs: number, budgetMs: number): Promise<ProgrammeResult> {
  const input = programmeReportFixture(pages);
  const out: ProgrammeResult["ms"] = { model: [], docx: [], total: [] };
  let last = new Uint8Array();
  let programmes = 0;
  let photos = 0;
  const started = performance.now();
  for (let i = 0; i < runs && (i < 3 || performance.now() - started < budgetMs); i++) {
    const t0 = performance.now();
    const model = pelaksanaanProgramModel(input);
    const t1 = performance.now();
    last = await programmeDocx(model);
    const t2 = performance.now();
    out.model.push(t1 - t0);
    out.docx.push(t2 - t1);
    out.total.push(t2 - t0);
    programmes = model.rows.length;
    photos = model.sections.reduce((n, s) => n + s.photos.length, 0);
  }
  return { ms: out, programmes, photos, bytes: last.length, base64: base64(last) };
}

window.benchProgrammeDocx = benchProgrammeDocx;
