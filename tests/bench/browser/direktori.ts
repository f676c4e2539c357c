// Why: report.direktori_1000: the Direktori CBO booklet of 1,000 organisations made as the Laporan screen makes it:
// the directory read from IndexedDB, the model (contents and pages planned), the Word booklet written; the Excel list
// is timed beside it.
import { organisationKinds } from "../../../shared/domain/directory";
import { direktoriDocx } from "../../../shared/reports/direktori/docx";
import { direktoriModel } from "../../../shared/reports/direktori/model";
import { direktoriXlsx } from "../../../shared/reports/direktori/xlsx";
import { AppDB } from "../../../renderer/db/app-db";
import { direktoriInput } from "../../fixtures/reports/direktori";
import { storedOrganisations } from "./direktori-records";

export type DirektoriRound = {
  ms: number;
  parts: { load: number; model: number; docx: number };
  xlsxMs: number;
};
export type DirektoriTimed = {
  organisations: number;
  pages: number;
  docxBytes: number;
  xlsxBytes: number;
  rounds: DirektoriRound[];
};

declare global {
  interface Window {
    benchDirektori: (n: number, runs: number) => Promise<DirektoriTimed>;
  }
}

async function benchDirektori(n: number, runs: number): Promise<DirektoriTimed> {
  const db = new AppDB(`bench-direktori-${Date.now()}`);
  await db.open();
  // Every one printed: none deleted.
  const records = storedOrganisations(n).map((o) => ({ ...o, deletedAt: null }));
  await db.organisations.bulkPut(records);
  const out: DirektoriTimed = { organisations: n, pages: 0, docxBytes: 0, xlsxBytes: 0, rounds: [] };
  try {
    for (let run = 0; run < runs; run++) {
      const t0 = performance.now();
      const organisations = await db.organisations.toArray();
      const t1 = performance.now();
      // Every kind, inactive ones too: all 1,000 printed.
      const model = direktoriModel(
        direktoriInput(0, { organisations, kinds: [...organisationKinds], activeOnly: false }),
      );
      const t2 = performance.now();
      const docx = await direktoriDocx(model);
      const t3 = performance.now();
      const xlsx = await direktoriXlsx(model);
      const t4 = performance.now();
      out.pages = model.pageCount;
      out.docxBytes = docx.byteLength;
      out.xlsxBytes = xlsx.byteLength;
      if (model.entries.length !== n) throw new Error(`${model.entries.length} entries, expected ${n}`);
      out.rounds.push({
        ms: t3 - t0,
        parts: { load: t1 - t0, model: t2 - t1, docx: t3 - t2 },
        xlsxMs: t4 - t3,
      });
    }
  } finally {
    db.close();
    await db.delete();
  }
  return out;
}

window.benchDirektori = benchDirektori;
