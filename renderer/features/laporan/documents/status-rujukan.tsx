// Why: Senarai Status Rujukan (SULIT) on the Laporan screen: open and recent referrals, overdue checks first and marked.
import { Badge, Group, Stack, Table, Text } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import {
  sinceCell,
  statusRujukanModel,
  statusRujukanTotals,
  type StatusRujukanModel,
} from "../../../../shared/reports/status-rujukan/model";
import { monthRange } from "../figures";
import { loadStatusRujukan } from "../load";
import { documentSignatories } from "../signatories";
import { ownFrame, type DocDef } from "./types";
import { ScrollOnScreen, whole } from "./paper";

/** The status is taken today, or on the month's last day for a month already over. */
export function statusDay(year: number, month: number, today: string): string {
  const { to } = monthRange(year, month);
  return to < today ? to : today;
}

function Preview({ model, print }: { model: StatusRujukanModel; print?: boolean }) {
  const { t } = useTranslation();
  const col = (k: string) => t(`laporan.statusRujukan.col.${k}`);
  return (
    <Stack gap="xs">
      <Group gap="xs" className="no-print">
        <Badge color="dark" variant="outline" leftSection={<IconLock size={12} />} className="no-print">
          SULIT
        </Badge>
        <Text size="sm" data-testid="status-rujukan-summary">
          {t("laporan.statusRujukan.summary", {
            open: model.totals.open,
            overdue: model.totals.overdue,
            closed: model.totals.closedThisMonth,
          })}
        </Text>
      </Group>
      {model.rows.length > 0 && (
        <ScrollOnScreen print={print} minWidth={1000}>
          <Table withTableBorder withColumnBorders fz="xs" data-testid="status-rujukan-table">
            <Table.Thead>
              <Table.Tr bg="gray.1">
                <Table.Th ta="center">{col("bil")}</Table.Th>
                {model.siteColumn && <Table.Th>{col("site")}</Table.Th>}
                <Table.Th>{col("recordNo")}</Table.Th>
                <Table.Th>{col("name")}</Table.Th>
                <Table.Th>{col("agency")}</Table.Th>
                <Table.Th ta="center">{col("referred")}</Table.Th>
                <Table.Th ta="center">{col("lastCheck")}</Table.Th>
                <Table.Th ta="center">{col("days")}</Table.Th>
                <Table.Th ta="center">{col("status")}</Table.Th>
                <Table.Th>{col("note")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {model.rows.map((r, i) => (
                <Table.Tr
                  key={r.referralId}
                  fw={r.overdue ? 700 : undefined}
                  data-overdue={r.overdue ? "true" : "false"}
                >
                  <Table.Td ta="center">{i + 1}</Table.Td>
                  {model.siteColumn && <Table.Td>{r.site}</Table.Td>}
                  <Table.Td>{r.recordNo}</Table.Td>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{r.organisation}</Table.Td>
                  <Table.Td ta="center">{whole(r.referredDate)}</Table.Td>
                  <Table.Td ta="center">{whole(r.lastCheck)}</Table.Td>
                  <Table.Td ta="center">{whole(sinceCell(r))}</Table.Td>
                  <Table.Td ta="center">
                    {r.overdue ? (
                      <Badge color="red" variant="filled" style={{ minWidth: "max-content" }}>
                        {t("laporan.statusRujukan.overdue")}
                      </Badge>
                    ) : r.status === "Ditutup" ? (
                      t("laporan.statusRujukan.closed")
                    ) : (
                      t("laporan.statusRujukan.open")
                    )}
                  </Table.Td>
                  <Table.Td>{r.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollOnScreen>
      )}
      {print && (
        <Table withTableBorder fz="xs" w="auto" data-testid="status-rujukan-totals" className="print-tail">
          <Table.Tbody>
            {statusRujukanTotals(model).map(([label, n]) => (
              <Table.Tr key={label} fw={700}>
                <Table.Td>{label}</Table.Td>
                <Table.Td ta="center">{n}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export const statusRujukanDoc: DocDef<StatusRujukanModel> = {
  code: "status-rujukan",
  labelKey: "laporan.statusRujukan.name",
  allSites: true,
  sulit: true,
  orientation: "landscape",
  async build({ db, actor, context, choice, today }) {
    const siteIds = choice.sites.map((s) => s.id);
    const asOf = statusDay(choice.year, choice.month, today);
    const monthStart = monthRange(choice.year, choice.month).from;
    const [records, organisations] = await Promise.all([
      loadStatusRujukan(db, siteIds, asOf, monthStart),
      db.organisations.toArray(),
    ]);
    return statusRujukanModel({
      sites: choice.sites.map((s) => ({ id: s.id, name: s.name })),
      district: context.district,
      cases: records.cases,
      persons: records.persons,
      organisations,
      referrals: records.referrals,
      statusChecks: records.statusChecks,
      asOf,
      monthStart,
      letterhead: context.letterhead,
      stamp: context.stamp,
      signature: await documentSignatories(db, context, actor, { siteIds }),
    });
  },
  jobs: (m) => [{ writer: "status-rujukan.xlsx", model: m, fileName: m.fileNames.xlsx }],
  frame: ownFrame,
  isEmpty: (m) => m.rows.length === 0,
  Preview,
};
