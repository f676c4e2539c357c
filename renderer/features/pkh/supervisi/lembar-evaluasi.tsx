// Why: the Lembar Evaluasi Pendamping on a PKH office's Laporan screen: one pendamping of the chosen wilayah over a
// month or a quarter, its indicators from the records, previewed as the Word file lays it out.
import { INDONESIAN_MONTHS } from "../../../../shared/reports/frame/text";
import { monthEnd } from "../../../../shared/domain/pkh/commitments";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { evaluasiModel, type EvaluasiModel } from "../../../../shared/reports/pkh/evaluasi/model";
import { AppError } from "../../../db/errors";
import { SectionsPreview } from "../../laporan/documents/SectionsPreview";
import { ownFrame, type Choice, type DocDef } from "../../laporan/documents/types";
import { kecamatanName } from "../laporan/load-laporan";
import { loadEvaluasi } from "./load-evaluasi";

const mm = (m: number) => String(m).padStart(2, "0");

/** The period chosen: a month, or a quarter's three months. */
function periodOf(c: Choice): { from: string; to: string; label: string } {
  const [first, last] = c.quarter ? [(c.quarter - 1) * 3 + 1, c.quarter * 3] : [c.month, c.month];
  return {
    from: `${c.year}-${mm(first)}-01`,
    to: monthEnd(`${c.year}-${mm(last)}`),
    label:
      first === last
        ? `${INDONESIAN_MONTHS[first - 1]} ${c.year}`
        : `${INDONESIAN_MONTHS[first - 1]} - ${INDONESIAN_MONTHS[last - 1]} ${c.year}`,
  };
}

function Preview({ model }: { model: EvaluasiModel }) {
  return (
    <SectionsPreview
      testId="lembar-evaluasi-preview"
      sections={[
        ...model.tables.map((t) => ({
          key: t.heading,
          heading: t.heading,
          blocks: [
            t.rows.length
              ? {
                  kind: "table" as const,
                  table: {
                    columns: t.columns.map((c) => c.header),
                    rows: t.rows.map((cells) => ({ cells })),
                  },
                }
              : { kind: "notes" as const, lines: ["Tidak ada."] },
          ],
        })),
        {
          key: "kesimpulan",
          heading: "E. Kesimpulan",
          blocks: [{ kind: "notes" as const, lines: model.notes }],
        },
      ]}
    />
  );
}

export const lembarEvaluasiDoc: DocDef<EvaluasiModel> = {
  code: "lembar-evaluasi",
  labelKey: "pkh.supervisi.evaluasi.name",
  allSites: false,
  quarterly: true,
  sulit: true,
  orientation: "portrait",
  async items(db, _actor, choice) {
    const site = choice.sites[0];
    if (!site) return [];
    const users = await db.users.toArray();
    return users
      .filter((u) => u.role === "ppk" && u.siteIds.includes(site.id))
      .map((u) => ({ value: u.id, label: u.name }));
  },
  async build({ db, office, context, choice, today, t }) {
    const site = choice.sites[0];
    const user = choice.itemId ? await db.users.get(choice.itemId) : undefined;
    if (!site || !user || !user.siteIds.includes(site.id)) throw new AppError("e.notFound");
    const period = periodOf(choice);
    const settings = pkhSettingsOf(office);
    const facts = await loadEvaluasi(db, office, settings, t, {
      userId: user.id,
      siteId: site.id,
      from: period.from,
      to: period.to,
      today,
    });
    return evaluasiModel({
      ...facts,
      pendamping: user.name,
      kabupaten: office.district,
      kecamatan: kecamatanName(site.name),
      from: period.from,
      to: period.to,
      periodLabel: period.label,
      targets: settings.evaluationTargets,
      bounds: settings.caseload,
      letterhead: context.letterhead,
      stamp: context.stamp,
      signature: context.signature,
    });
  },
  jobs: (m) => [{ writer: "pkh-evaluasi.docx", model: m, fileName: m.fileName }],
  frame: ownFrame,
  isEmpty: () => false,
  Preview,
};
