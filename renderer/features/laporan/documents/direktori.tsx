// Why: the Direktori CBO on the Laporan screen: the district's directory as it stands today, of the chosen kinds, as
// a Word booklet (A4, or A5 pages for booklet printing) and an Excel list.
import { direktoriModel, type DirektoriModel } from "../../../../shared/reports/direktori/model";
import { DirektoriOptions } from "../../direktori/buku/DirektoriOptions";
import { DirektoriPreview } from "../../direktori/buku/DirektoriPreview";
import { direktoriOptions } from "../../direktori/buku/options";
import type { DocDef } from "./types";

export const direktoriDoc: DocDef<DirektoriModel> = {
  code: "direktori-cbo",
  labelKey: "laporan.direktori.name",
  allSites: true,
  district: true,
  undated: true,
  sulit: false,
  orientation: "portrait",
  Options: DirektoriOptions,
  async build({ db, office, context, choice, today }) {
    const o = direktoriOptions(choice.options);
    return direktoriModel({
      organisations: await db.organisations.toArray(),
      district: office.district,
      state: office.state,
      kinds: o.kinds,
      activeOnly: o.activeOnly,
      paper: o.paper,
      today,
      letterhead: context.letterhead,
      stamp: context.stamp,
    });
  },
  jobs: (m) => [
    { writer: "direktori.docx", model: m, fileName: m.fileNames.docx },
    { writer: "direktori.xlsx", model: m, fileName: m.fileNames.xlsx },
  ],
  frame: (m) => ({
    letterhead: m.letterhead,
    title: m.title,
    subtitle: [...m.subtitle, ...m.cover],
    signature: null,
    stamp: m.stamp,
    classification: null,
    paper: m.paper,
  }),
  isEmpty: (m) => m.entries.length === 0,
  Preview: DirektoriPreview,
};
