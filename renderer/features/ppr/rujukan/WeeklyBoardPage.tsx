// Why: "Semakan minggu ini": every open referral of this PPK (for the PKMD, of every site) that is due or overdue for its weekly check (DOMAIN role 12), most overdue first.
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { weeklyBoard } from "../../../db/repositories/referrals";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { CheckForm } from "./CheckForm";
import { CheckStateBadge } from "./CheckStateBadge";

export function WeeklyBoardPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [checking, setChecking] = useState<string | null>(null);
  const live = useLive(() => weeklyBoard(db, actor), [actor]);
  const [params] = useSearchParams();
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  // From the PKMD desk: one site's referrals (by their case's site, as the desk counts them).
  const site = params.get("tapak");
  const rows = site ? live.data.filter((r) => r.caseRecord.siteId === site) : live.data;
  const canWrite = can(actor.role, "records.write");
  // A PPK sees their own referrals; the district roles see every officer's, so the officer is named.
  const district = actor.role !== "ppk";
  const columns = district ? 9 : 8;
  const overdue = rows.filter((r) => r.state === "overdue").length;
  const dueSoon = rows.length - overdue;

  return (
    <Stack>
      <div>
        <Title order={3} data-testid="board-title">
          {t("rujukan.board.title")}
        </Title>
        <Text c="dimmed" size="sm">
          {t(district ? "rujukan.board.introDistrict" : "rujukan.board.intro")}
        </Text>
        {site && (
          <Anchor component={Link} to="/semakan" size="sm" data-testid="board-all-sites">
            {t("meja.boardAllSites")}
          </Anchor>
        )}
      </div>
      {rows.length === 0 ? (
        <Alert
          color="green"
          icon={<IconCircleCheck />}
          title={t("rujukan.board.emptyTitle")}
          data-testid="board-empty"
          maw={640}
        >
          {t(district ? "rujukan.board.emptyDistrict" : "rujukan.board.empty")}
        </Alert>
      ) : (
        <>
          <Group gap="xs" data-testid="board-summary">
            <Badge color="red" variant="filled" size="lg">
              {t("rujukan.board.overdueCount", { count: overdue })}
            </Badge>
            <Badge color="yellow" variant="light" size="lg">
              {t("rujukan.board.dueSoonCount", { count: dueSoon })}
            </Badge>
          </Group>
          <Table withTableBorder highlightOnHover verticalSpacing="xs" data-testid="board-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("rujukan.board.name")}</Table.Th>
                <Table.Th>{t("rujukan.board.recordNo")}</Table.Th>
                {district && <Table.Th>{t("rujukan.board.officer")}</Table.Th>}
                <Table.Th>{t("rujukan.board.organisation")}</Table.Th>
                <Table.Th>{t("rujukan.board.referred")}</Table.Th>
                <Table.Th>{t("rujukan.board.lastCheck")}</Table.Th>
                <Table.Th ta="right">{t("rujukan.board.days")}</Table.Th>
                <Table.Th>{t("rujukan.board.state")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const r = row.referral;
                const isChecking = checking === r.id;
                return (
                  <Fragment key={r.id}>
                    <Table.Tr
                      data-testid="board-row"
                      data-referral-id={r.id}
                      data-record-no={row.caseRecord.recordNo}
                      data-state={row.state}
                      fw={row.state === "overdue" ? 600 : undefined}
                    >
                      <Table.Td>{row.personName || "-"}</Table.Td>
                      <Table.Td ff="monospace">
                        <Anchor component={Link} to={`/kes/${r.caseId}`} data-testid="board-record-link">
                          {row.caseRecord.recordNo}
                        </Anchor>
                      </Table.Td>
                      {district && <Table.Td>{row.officerName || "-"}</Table.Td>}
                      <Table.Td>{row.organisation?.name ?? "-"}</Table.Td>
                      <Table.Td>{formatDate(r.date)}</Table.Td>
                      <Table.Td>
                        {r.lastCheckDate ? formatDate(r.lastCheckDate) : t("rujukan.never")}
                      </Table.Td>
                      <Table.Td ta="right" data-testid="board-days">
                        {row.days}
                      </Table.Td>
                      <Table.Td>
                        <CheckStateBadge state={row.state} />
                      </Table.Td>
                      <Table.Td>
                        {canWrite && !isChecking && (
                          <Button size="xs" variant="light" onClick={() => setChecking(r.id)}>
                            {t("rujukan.check")}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                    {isChecking && (
                      <Table.Tr data-testid="board-check-row">
                        <Table.Td colSpan={columns} bg="var(--mantine-color-gray-0)">
                          <Stack gap={4} maw={720} py="xs">
                            <Text size="sm" fw={600}>
                              {t("rujukan.checkTitle", {
                                name: row.personName,
                                organisation: row.organisation?.name ?? "-",
                              })}
                            </Text>
                            <CheckForm referral={r} onDone={() => setChecking(null)} />
                          </Stack>
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
