// Why: the KPM register of a wilayah (a koordinator: any wilayah, or all), a page at a time in No. KPM order, searched
// by a name's word, a NIK or a No. KPM through the indexes (the header box's search).
import {
  Anchor,
  Button,
  Group,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { seesAllSites, can } from "../../../../shared/domain/roles";
import { todayIn } from "../../../../shared/domain/dates";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { KPM_PAGE_SIZE, kpmPage, searchKpm } from "../../../db/repositories/pkh/kpm";
import { sitesRepo } from "../../../db/repositories/sites";
import { headOf, householdCount } from "./components";

const ALL = "*";

export function KpmListPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [params, setParams] = useSearchParams();
  const query = params.get("cari") ?? "";
  const page = Math.max(1, Number(params.get("hal")) || 1);
  const wantedSite = params.get("wilayah");
  const all = seesAllSites(actor.role);
  const today = todayIn();
  const live = useLive(async () => {
    const sites = (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt);
    const siteId =
      wantedSite === ALL && all
        ? null
        : (sites.find((s) => s.id === wantedSite)?.id ?? (all ? null : sites[0]?.id));
    const result = query.trim()
      ? { rows: await searchKpm(db, actor, query, { siteId, limit: 50 }), total: -1 }
      : await kpmPage(db, actor, { siteId, page: page - 1 });
    const groupIds = [
      ...new Set(result.rows.map((r) => r.household.groupId).filter((g): g is string => !!g)),
    ];
    const groups = new Map(
      (await db.pkhGroups.bulkGet(groupIds)).filter((g) => !!g).map((g) => [g!.id, g!.name]),
    );
    return { sites, siteId: siteId ?? null, groups, ...result };
  }, [actor, query, page, wantedSite]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { sites, siteId, groups, rows, total } = live.data;
  const siteName = new Map(sites.map((s) => [s.id, s.name]));
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== "hal") next.delete("hal");
    setParams(next, { replace: true });
  };
  const pages = Math.ceil(total / KPM_PAGE_SIZE);
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t("pkh.kpm.title")}</Title>
          <Text c="dimmed">{t("pkh.kpm.intro")}</Text>
        </div>
        {can(actor.role, "records.write") && sites.length > 0 && (
          <Button component={Link} to="/kpm/baru" leftSection={<IconPlus size={16} />}>
            {t("pkh.kpm.add")}
          </Button>
        )}
      </Group>
      <Group align="end">
        {(all || sites.length > 1) && (
          <Select
            label={t("pkh.kpm.site")}
            allowDeselect={false}
            data={[
              ...(all ? [{ value: ALL, label: t("pkh.kpm.allSites") }] : []),
              ...sites.map((s) => ({ value: s.id, label: s.name })),
            ]}
            value={siteId ?? ALL}
            onChange={(v) => v && set("wilayah", v)}
          />
        )}
        <TextInput
          label={t("pkh.kpm.search")}
          placeholder={t("pkh.kpm.searchHint")}
          leftSection={<IconSearch size={14} />}
          w={360}
          defaultValue={query}
          onChange={(e) => set("cari", e.currentTarget.value)}
          data-testid="kpm-search"
        />
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed" data-testid="kpm-empty">
          {query ? t("pkh.kpm.none") : t("pkh.kpm.empty")}
        </Text>
      ) : (
        <Table withTableBorder striped data-testid="kpm-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("pkh.kpm.kpmNo")}</Table.Th>
              <Table.Th>{t("pkh.kpm.headName")}</Table.Th>
              {!siteId && <Table.Th>{t("pkh.kpm.site")}</Table.Th>}
              <Table.Th>{t("pkh.kpm.desa")}</Table.Th>
              <Table.Th>{t("pkh.kpm.group")}</Table.Th>
              <Table.Th ta="right">{t("pkh.kpm.memberCount")}</Table.Th>
              <Table.Th ta="right">{t("pkh.kpm.componentCount")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ household: h, members }) => (
              <Table.Tr key={h.id} data-testid="kpm-row">
                <Table.Td ff="monospace">
                  <Anchor component={Link} to={`/kpm/${h.id}`}>
                    {h.kpmNo}
                  </Anchor>
                </Table.Td>
                <Table.Td>{headOf(h)}</Table.Td>
                {!siteId && <Table.Td>{siteName.get(h.siteId) ?? ""}</Table.Td>}
                <Table.Td>{h.desa}</Table.Td>
                <Table.Td>{h.groupId ? (groups.get(h.groupId) ?? "") : "—"}</Table.Td>
                <Table.Td ta="right">{members.length}</Table.Td>
                <Table.Td ta="right">{householdCount(members, today)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages > 1 && <Pagination total={pages} value={page} onChange={(p) => set("hal", String(p))} />}
      {total >= 0 && (
        <Text size="sm" c="dimmed" data-testid="kpm-total">
          {t("pkh.kpm.total", { count: total })}
        </Text>
      )}
    </Stack>
  );
}
