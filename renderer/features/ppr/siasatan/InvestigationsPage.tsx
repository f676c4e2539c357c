// Why: every investigation the user may see (#/siasatan), newest first, filtered by status, site, scheme and month
// through the list's index ranges; the PKMD's way to the ones waiting, sent back or decided.
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { investigationStatuses, type InvestigationStatus } from "../../../../shared/domain/aid";
import { aidSchemes, type AidScheme } from "../../../../shared/domain/codes";
import { todayIn } from "../../../../shared/domain/dates";
import { db } from "../../../db/instance";
import { investigationList, type InvestigationFilter } from "../../../db/investigation-list";
import { sitesRepo } from "../../../db/repositories/sites";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { formatMoney } from "./format";
import { DecisionBadge, StatusBadge } from "./labels";

const PAGE = 100;

/** The last 24 months, newest first, as yyyy-mm with their mm/yyyy label. */
function recentMonths(today: string): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  let y = +today.slice(0, 4);
  let m = +today.slice(5, 7);
  for (let i = 0; i < 24; i++) {
    const mm = String(m).padStart(2, "0");
    out.push({ value: `${y}-${mm}`, label: `${mm}/${y}` });
    if (--m === 0) [y, m] = [y - 1, 12];
  }
  return out;
}

export function InvestigationsPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [params, setParams] = useSearchParams();
  const [limit, setLimit] = useState(PAGE);
  const filter: InvestigationFilter = {
    siteIds: params.get("tapak") ? [params.get("tapak")!] : null,
    status: (params.get("status") as InvestigationStatus) || null,
    scheme: (params.get("skim") as AidScheme) || null,
    month: params.get("bulan") || null,
  };
  const key = params.toString();
  const sites = useLive(() => sitesRepo(db).list(actor), [actor]);
  const live = useLive(() => investigationList(db, actor, filter, limit), [actor, key, limit]);
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setLimit(PAGE);
    setParams(next, { replace: true });
  };
  const all = t("siasatan.list.all");

  return (
    <Stack>
      <div>
        <Title order={3}>{t("siasatan.list.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("siasatan.list.intro")}
        </Text>
      </div>
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
          <Select
            size="xs"
            label={t("siasatan.statusTitle")}
            placeholder={all}
            clearable
            data={investigationStatuses.map((s) => ({ value: s, label: t(`siasatan.status.${s}`) }))}
            value={params.get("status")}
            onChange={(v) => set("status", v)}
          />
          <Select
            size="xs"
            label={t("siasatan.list.site")}
            placeholder={all}
            clearable
            data={
              sites.loading || sites.error
                ? []
                : sites.data.map((s) => ({ value: s.id, label: `${s.code} — ${s.name}` }))
            }
            value={params.get("tapak")}
            onChange={(v) => set("tapak", v)}
          />
          <Select
            size="xs"
            label={t("siasatan.scheme")}
            placeholder={all}
            clearable
            data={aidSchemes.map((s) => ({ value: s, label: t(`siasatan.schemeName.${s}`) }))}
            value={params.get("skim")}
            onChange={(v) => set("skim", v)}
          />
          <Select
            size="xs"
            label={t("siasatan.list.month")}
            placeholder={all}
            clearable
            data={recentMonths(todayIn())}
            value={params.get("bulan")}
            onChange={(v) => set("bulan", v)}
          />
        </SimpleGrid>
      </Paper>
      {live.loading ? null : live.error ? (
        <LoadError error={live.error} />
      ) : live.data.rows.length === 0 ? (
        <Text c="dimmed" data-testid="investigations-empty">
          {t("siasatan.list.none")}
        </Text>
      ) : (
        <>
          <Table withTableBorder striped highlightOnHover data-testid="investigations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("siasatan.list.refNo")}</Table.Th>
                <Table.Th>{t("siasatan.date")}</Table.Th>
                <Table.Th>{t("siasatan.applicant")}</Table.Th>
                <Table.Th>{t("siasatan.list.site")}</Table.Th>
                <Table.Th>{t("siasatan.scheme")}</Table.Th>
                <Table.Th>{t("siasatan.statusTitle")}</Table.Th>
                <Table.Th>{t("siasatan.decision")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {live.data.rows.map(({ record, recordNo, applicant, siteName }) => (
                <Table.Tr key={record.id} data-testid="investigation-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/siasatan/${record.id}`} ff="monospace" size="sm">
                      {record.refNo ?? recordNo}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(record.date)}</Table.Td>
                  <Table.Td>{applicant}</Table.Td>
                  <Table.Td>{siteName}</Table.Td>
                  <Table.Td>{record.scheme}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={record.status} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <DecisionBadge decision={record.decision} />
                      {record.decision === "lulus" && (
                        <Text size="sm">{formatMoney(record.decisionAmount)}</Text>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {live.data.more && (
            <Button variant="default" w="fit-content" onClick={() => setLimit((n) => n + PAGE)}>
              {t("siasatan.list.more")}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
