// Why: the state's Laporan Statistik Kes is the districts' figures side by side: each district's sheet is what its own
// district sheet would say (the same rows, from the same rule), and the state sheet adds them; one model, one writer.
import {
  DEFAULT_PROGRAMME,
  STATISTIK_KES_CODE,
  addRows,
  statistikKesModel,
  statistikKesRows,
  type StatSheet,
  type StatistikKesInput,
  type StatistikKesModel,
} from "./model";
import { periodLine, reportFileName } from "../frame/text";

/** One district as the state database holds it: its sites and records, as a district report reads them. */
export type StateDistrict = Omit<StatistikKesInput, "year" | "month" | "letterhead" | "stamp" | "signature">;

export type StatistikKesStateInput = {
  year: number;
  month: number;
  /** The state's name ("WP KUALA LUMPUR"). */
  state: string;
  districts: readonly StateDistrict[];
} & Pick<StatistikKesInput, "letterhead" | "stamp" | "signature" | "programme" | "asOf">;

/** The state sheet first ("Negeri"), then one sheet per district, each the sum of its sites. */
export function statistikKesStateModel(input: StatistikKesStateInput): StatistikKesModel {
  const programme = (input.programme ?? DEFAULT_PROGRAMME).toUpperCase();
  const p = { year: input.year, month: input.month };
  const period = periodLine(p);
  const districtSheets: StatSheet[] = input.districts.map((d) => {
    const whole: StatistikKesInput = {
      ...d,
      ...p,
      asOf: input.asOf,
      letterhead: input.letterhead,
      stamp: input.stamp,
      signature: input.signature,
    };
    const perSite = d.sites.map((s) => statistikKesRows(whole, [s.id]));
    return {
      key: `daerah:${d.district}`,
      name: d.district,
      sheetName: d.district.slice(0, 31),
      subtitle: [programme, `DAERAH: ${d.district.toUpperCase()} (${d.sites.length} TAPAK)`, period],
      rows: addRows(perSite.map((r) => r.rows)),
      warnings: perSite.flatMap((r) => r.warnings),
    };
  });
  // The frame (title, columns, notes, signature) is the district report's own.
  const frame = statistikKesModel({
    ...p,
    district: input.state,
    sites: [],
    cases: [],
    persons: [],
    referrals: [],
    statusChecks: [],
    investigations: [],
    letterhead: input.letterhead,
    stamp: input.stamp,
    signature: input.signature,
    programme: input.programme,
  });
  const state: StatSheet = {
    key: "negeri",
    name: input.state,
    sheetName: "Negeri",
    subtitle: [programme, `NEGERI: ${input.state.toUpperCase()} (${districtSheets.length} DAERAH)`, period],
    rows: addRows(districtSheets.map((s) => s.rows)),
    warnings: districtSheets.flatMap((s) => s.warnings),
  };
  return {
    ...frame,
    sheets: [state, ...districtSheets],
    fileNames: {
      xlsx: reportFileName(STATISTIK_KES_CODE, `negeri ${input.state}`, p, "xlsx"),
      docx: reportFileName(STATISTIK_KES_CODE, `negeri ${input.state}`, p, "docx"),
    },
  };
}
