// Why: the Laporan Pendamping on a PKH office's Laporan screen: pick the wilayah and month, then the report written in
// Laporan Pendamping (monthly, an activity, an incident); preview, print and Word like every official document.
import { Stack } from "@mantine/core";
import {
  laporanPendampingModel,
  type LaporanPendampingModel,
} from "../../../../shared/reports/pkh/laporan-pendamping/model";
import { AppError } from "../../../db/errors";
import { reportsOfMonth } from "../../../db/repositories/pkh/reports";
import { SectionsPreview, type PreviewSection } from "../../laporan/documents/SectionsPreview";
import { ownFrame, type DocDef } from "../../laporan/documents/types";
import { indonesianDate } from "../../../../shared/reports/frame/text";
import { kecamatanName, loadLaporanPendamping } from "./load-laporan";

/** The model's cover, content and attachments as the screen shows them (the photos are shown on the report's page). */
function sections(m: LaporanPendampingModel): PreviewSection[] {
  return [
    {
      key: "cover",
      heading: m.title,
      blocks: [{ kind: "fields", rows: m.cover.map((c) => [c.label, c.value]) }],
    },
    ...m.content.map((c, i) => ({
      key: `content-${i}`,
      heading: c.heading,
      blocks: [{ kind: "text" as const, lines: c.text.split(/\n+/) }],
    })),
    {
      key: "data",
      heading: "A. Data Hasil Kegiatan",
      blocks: [
        {
          kind: "table",
          table: {
            columns: ["No", "Uraian", "Jumlah"],
            rows: m.data.map((r, i) => ({ cells: [String(i + 1), r.label, String(r.value)] })),
          },
        },
      ],
    },
    {
      key: "attendance",
      heading: "B. Daftar Hadir Peserta",
      blocks: m.attendance.flatMap((a) => [
        { kind: "subheading" as const, text: a.heading },
        {
          kind: "table" as const,
          table: {
            columns: ["No", "Nama KPM", "No. KPM", "Kehadiran"],
            rows: a.rows.map((r) => ({ cells: [String(r.no), r.name, r.kpmNo, r.status] })),
          },
        },
        { kind: "notes" as const, lines: [a.summary] },
      ]),
    },
    {
      key: "ckp",
      heading: "C. Check List Kegiatan Peserta (CKP)",
      blocks: m.ckp.flatMap((c) => [
        { kind: "subheading" as const, text: c.heading },
        {
          kind: "table" as const,
          table: {
            columns: ["No", "Nama KPM", ...c.items],
            rows: c.rows.map((r) => ({
              cells: [String(r.no), r.name, ...r.checks.map((x) => (x ? "Ya" : "-"))],
            })),
          },
        },
      ]),
    },
    {
      key: "photos",
      heading: "D. Foto Dokumentasi",
      blocks: [
        {
          kind: "notes",
          lines: m.photos.length ? m.photos.map((p) => p.caption) : ["Tidak ada foto dokumentasi."],
        },
      ],
    },
  ];
}

function Preview({ model }: { model: LaporanPendampingModel }) {
  return (
    <Stack gap="xs">
      <SectionsPreview sections={sections(model)} testId="laporan-pendamping-preview" />
    </Stack>
  );
}

export const laporanPendampingDoc: DocDef<LaporanPendampingModel> = {
  code: "laporan-pendamping",
  labelKey: "pkh.laporan.pendamping.name",
  allSites: false,
  sulit: true,
  orientation: "portrait",
  async items(db, actor, choice) {
    const site = choice.sites[0];
    if (!site) return [];
    const month = `${choice.year}-${String(choice.month).padStart(2, "0")}`;
    const reports = await reportsOfMonth(db, actor, [site.id], month);
    return reports.map((r) => ({
      value: r.id,
      label:
        r.kind === "bulanan"
          ? "Laporan Bulanan"
          : `${r.kind === "kegiatan" ? "Kegiatan" : "Insidentil"}: ${r.title} (${indonesianDate(r.period)})`,
    }));
  },
  async build({ db, office, context, choice, t }) {
    const report = choice.itemId ? await db.pkhReports.get(choice.itemId) : undefined;
    const site = choice.sites[0];
    if (!report || report.deletedAt || !site || report.siteId !== site.id) throw new AppError("e.notFound");
    const author = await db.users.get(report.createdBy);
    const loaded = await loadLaporanPendamping(db, report, site.name, t);
    return laporanPendampingModel({
      ...loaded,
      kecamatan: kecamatanName(site.name),
      report,
      kabupaten: office.district,
      pendamping: author?.name ?? context.signature.preparedBy.name,
      letterhead: context.letterhead,
      stamp: context.stamp,
      signature: {
        ...context.signature,
        // The pendamping who wrote it prepares it, whoever prints it.
        preparedBy: author
          ? {
              id: author.id,
              name: author.name,
              jawatan: author.jawatan?.trim() || "Pendamping PKH",
              date: report.submittedAt?.slice(0, 10),
            }
          : context.signature.preparedBy,
      },
    });
  },
  jobs: (m) => [{ writer: "pkh-laporan-pendamping.docx", model: m, fileName: m.fileName }],
  frame: (m) => ({ ...ownFrame(m) }),
  isEmpty: () => false,
  Preview,
};
