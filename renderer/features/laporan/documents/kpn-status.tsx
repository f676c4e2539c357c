// Why: Laporan Status Pelaksanaan KPN on the Laporan screen: the district's month of tours, per checkpoint and per
// tour, from the same model the Word and Excel files hold; signed by each team leader and the state coordinator.
import { Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { agencyServices } from "../../../../shared/domain/kpn/codes";
import { charterDaysOf, officeCalendar } from "../../../../shared/domain/kpn/complaint-settings";
import { missingReportSettings, stateCoordinatorPost } from "../../../../shared/domain/office";
import {
  kpnStatusModel,
  type KpnStatusModel,
  type KsTable,
} from "../../../../shared/reports/kpn/status-pelaksanaan/model";
import { AGENCY_LABEL, figureText } from "../../../../shared/reports/kpn/status-pelaksanaan/wording";
import { AppError } from "../../../db/errors";
import { monthRange, postOf } from "../figures";
import { loadKpnStatus } from "../load-kpn";
import { PrintSignatures } from "../PrintView";
import { ScrollOnScreen } from "./paper";
import { statusDay } from "./status-rujukan";
import type { DocDef } from "./types";

function FigureTable({ table, testId, print }: { table: KsTable; testId?: string; print?: boolean }) {
  return (
    <ScrollOnScreen print={print} minWidth={900}>
      <Table withTableBorder withColumnBorders fz="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr bg="gray.1">
            {table.columns.map((c, i) => (
              <Table.Th key={c} ta={i === 1 ? "left" : "center"}>
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((r, i) =>
            r.kind === "section" ? (
              <Table.Tr key={i} fw={700}>
                <Table.Td ta="center">{r.bil}</Table.Td>
                <Table.Td colSpan={table.columns.length - 1}>{r.label}</Table.Td>
              </Table.Tr>
            ) : (
              <Table.Tr key={i} fw={r.kind === "total" ? 700 : undefined} data-row={r.label}>
                <Table.Td ta="center">{r.bil}</Table.Td>
                <Table.Td pl={r.indent ? 20 : undefined}>{r.label}</Table.Td>
                {r.cells.map((c, j) => (
                  <Table.Td key={j} ta="center">
                    {figureText(c)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
    </ScrollOnScreen>
  );
}

function Preview({ model, print }: { model: KpnStatusModel; print?: boolean }) {
  const { t } = useTranslation();
  const heading = (text: string) => (
    <Title order={5} mt="sm">
      {text}
    </Title>
  );
  return (
    <Stack gap="xs">
      <Text size="sm" className="no-print" data-testid="kpn-status-summary">
        {t("laporan.kpnStatus.summary", {
          tours: model.tours.length,
          checkpoints: model.totals.checkpoints,
          served: model.totals.services.total,
          complaints: model.totals.complaints.received,
          baskets: model.totals.baskets.given,
          cases: model.totals.intakes.met,
        })}
      </Text>
      {heading(model.district.heading)}
      {model.district.lines.map((l) => (
        <Text key={l} size="xs">
          {l}
        </Text>
      ))}
      {model.district.figures.map((table, i) => (
        <FigureTable
          key={i}
          table={table}
          print={print}
          testId={i === 0 ? "kpn-status-district" : undefined}
        />
      ))}
      {heading(model.district.stockHeading)}
      <FigureTable table={model.district.stock} print={print} />
      {heading(model.district.servicesHeading)}
      <FigureTable table={model.district.services} print={print} />
      {model.notes.map((n) => (
        <Text key={n} size="xs" fs="italic">
          {n}
        </Text>
      ))}
      <PrintSignatures block={model.signature} />
      {model.tours.map((tour, n) => (
        <Stack
          key={tour.tourId}
          gap="xs"
          // On paper each tour starts a page, as in the Word copy.
          style={print ? { breakBefore: "page" } : undefined}
          data-testid="kpn-status-tour"
        >
          {n === 0 && heading(model.toursHeading)}
          {heading(tour.heading)}
          {tour.lines.map((l) => (
            <Text key={l} size="xs">
              {l}
            </Text>
          ))}
          {tour.figures.map((table, i) => (
            <FigureTable key={i} table={table} print={print} />
          ))}
          {heading("Stok bakul makanan")}
          <FigureTable table={tour.stock} print={print} />
          {heading(tour.issuesHeading)}
          {tour.issues.map((l, i) => (
            <Text key={i} size="xs">
              {`${i + 1}. ${l}`}
            </Text>
          ))}
          <PrintSignatures block={tour.signature} />
        </Stack>
      ))}
    </Stack>
  );
}

export const kpnStatusDoc: DocDef<KpnStatusModel> = {
  code: "kpn-status-pelaksanaan",
  labelKey: "laporan.kpnStatus.name",
  allSites: true,
  district: true,
  sulit: false,
  orientation: "landscape",
  async build({ db, office, context, choice, today }) {
    const missing = missingReportSettings(office, { stateCoordinator: true });
    if (missing.length) throw new AppError("e.reportSettingsMissing", { settings: missing.join(",") });
    const { from, to } = monthRange(choice.year, choice.month);
    const records = await loadKpnStatus(db, from, to);
    const leaderIds = records.tours.flatMap((t) => t.team.filter((m) => m.role === "ketua" && m.userId));
    const users = await db.users.bulkGet(leaderIds.map((m) => m.userId!));
    const posts = Object.fromEntries(users.flatMap((u) => (u && !u.deletedAt ? [[u.id, postOf(u)]] : [])));
    const pkmd = context.signature.reviewedBy;
    return kpnStatusModel({
      year: choice.year,
      month: choice.month,
      asOf: statusDay(choice.year, choice.month, today),
      district: context.district,
      ...records,
      charter: { calendar: officeCalendar(office), days: charterDaysOf(office) },
      serviceTypes: agencyServices.map((code) => ({ code, label: AGENCY_LABEL[code] ?? code })),
      posts,
      letterhead: context.letterhead,
      stamp: context.stamp,
      signature: {
        preparedBy: { name: pkmd.name, jawatan: pkmd.jawatan ?? "" },
        reviewedBy: {
          name: office.report?.stateCoordinatorName?.trim() ?? "",
          jawatan: stateCoordinatorPost(office),
        },
      },
    });
  },
  jobs: (m) => [
    { writer: "kpn-status-pelaksanaan.docx", model: m, fileName: m.fileNames.docx },
    { writer: "kpn-status-pelaksanaan.xlsx", model: m, fileName: m.fileNames.xlsx },
  ],
  // The signatures are placed by the preview: the district's under the summary, each leader's under their tour.
  frame: (m) => ({
    letterhead: m.letterhead,
    title: m.title,
    subtitle: m.subtitle,
    signature: null,
    stamp: m.stamp,
    classification: m.classification,
  }),
  isEmpty: (m) => m.tours.length === 0,
  Preview,
};
