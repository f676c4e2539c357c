// Why: "Meja PKMD": every site of the district side by side (cases, referrals, checks, investigations, programmes, the
// month's pack, each site PC's last changes and backup), each figure a link to the records behind it.
import { Anchor, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { seesAllSites } from "../../../../shared/domain/roles";
import { todayIn } from "../../../../shared/domain/dates";
import { formatDate } from "../../../app/format";
import { Forbidden, LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { desk, DESK_FIGURES as FIGURES, deskMonthOf, type DeskFigures } from "../../../db/desk";
import { db } from "../../../db/instance";
import { isMonth, monthOf } from "../program/month";
import { MonthNav, useMonthLabel } from "../program/MonthNav";
import { figureLink, overdueComplaintsLink } from "./links";
import { PackBadge } from "./PackBadge";
import { BackupCell, ReceivedCell } from "./PcCells";

function Figure({ n, to, testId }: { n: number; to: string; testId: string }) {
  return (
    <Anchor component={Link} to={to} fw={600} data-testid={testId}>
      {n}
    </Anchor>
  );
}

export function DeskPage() {
  const { actor } = useActor();
  if (!seesAllSites(actor.role)) return <Forbidden />;
  return <Desk />;
}

function Desk() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [params, setParams] = useSearchParams();
  const today = todayIn();
  const month = isMonth(params.get("bulan")) ? params.get("bulan")! : deskMonthOf(today);
  const monthLabel = useMonthLabel();
  const live = useLive(() => desk(db, actor, month, today), [actor, month, today]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const d = live.data;
  const heading = (f: keyof DeskFigures) => (
    <Table.Th ta="right" key={f} title={f === "openReferrals" ? t("meja.openReferralsHint") : undefined}>
      {t(`meja.${f}`, { month: monthLabel(month) })}
    </Table.Th>
  );
  return (
    <Stack>
      <div>
        <Title order={3}>{t("meja.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("meja.intro", { today: formatDate(today) })}
        </Text>
      </div>
      <Paper withBorder p="sm">
        <Group gap="sm">
          <Text size="sm" fw={600}>
            {t("meja.month")}
          </Text>
          <MonthNav
            month={month}
            thisMonth={monthOf(today)}
            onChange={(m) => setParams(new URLSearchParams({ bulan: m }), { replace: true })}
          />
        </Group>
      </Paper>
      {d.rows.length === 0 ? (
        <Text c="dimmed">{t("meja.noSites")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={1100}>
          <Table withTableBorder striped verticalSpacing="xs" data-testid="desk-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("meja.site")}</Table.Th>
                {FIGURES.map(heading)}
                <Table.Th miw={150}>{t("meja.pack")}</Table.Th>
                <Table.Th>{t("meja.lastReceived")}</Table.Th>
                <Table.Th>{t("meja.lastBackup")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.rows.map((row) => (
                <Table.Tr key={row.site.id} data-testid="desk-row" data-site={row.site.code}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {row.site.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {row.site.code}
                    </Text>
                  </Table.Td>
                  {FIGURES.map((f) => (
                    <Table.Td ta="right" key={f}>
                      <Figure
                        n={row.figures[f]}
                        to={figureLink(f, row.site.id, month)}
                        testId={`desk-${f}`}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <PackBadge pack={row.pack} siteId={row.site.id} month={month} />
                  </Table.Td>
                  <Table.Td>
                    <ReceivedCell pcs={row.pcs} />
                  </Table.Td>
                  <Table.Td>
                    <BackupCell pcs={row.pcs} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr data-testid="desk-totals">
                <Table.Th>{t("meja.total")}</Table.Th>
                {FIGURES.map((f) => (
                  <Table.Th ta="right" key={f}>
                    <Figure n={d.totals[f]} to={figureLink(f, null, month)} testId={`desk-total-${f}`} />
                  </Table.Th>
                ))}
                <Table.Th colSpan={3} />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm" data-testid="desk-complaints">
        {t("meja.complaints")}:{" "}
        <Anchor component={Link} to={overdueComplaintsLink} fw={600}>
          {d.complaintsOverdue}
        </Anchor>
      </Text>
    </Stack>
  );
}
