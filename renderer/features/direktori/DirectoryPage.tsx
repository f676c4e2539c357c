// Why: the district's directory of organisations (#/direktori): found by name, service or phone, filtered by kind,
// area, target group and service, read a page at a time through the indexes.
import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconFilterOff, IconSearch } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { targetGroups, type TargetGroup } from "../../../shared/domain/codes";
import { organisationKinds, type OrganisationKind } from "../../../shared/domain/directory";
import {
  DIRECTORY_SEARCH_LIMIT,
  directoryAreas,
  directoryCount,
  directoryPage,
  type DirectoryCursor,
  type DirectoryFilter,
} from "../../db/directory-list";
import type { OrganisationRecord } from "../../db/app-db";
import { db } from "../../db/instance";
import { formatDate } from "../../app/format";
import { useLive } from "../../app/use-live";
import { usePages } from "../../app/use-pages";
import { PagesFooter } from "../../app/PagesFooter";
import { DirectoryActions } from "./DirectoryActions";

/** A typed box whose settled text is kept in the address under `name`. */
function useTypedParam(name: string) {
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState(params.get(name) ?? "");
  const [settled] = useDebouncedValue(typed, 200);
  useEffect(() => {
    if ((params.get(name) ?? "") === settled) return;
    const next = new URLSearchParams(params);
    if (settled) next.set(name, settled);
    else next.delete(name);
    setParams(next, { replace: true });
    // Only the settled text is written to the address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);
  return { typed, setTyped, settled };
}

export function DirectoryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const text = useTypedParam("cari");
  const service = useTypedParam("khidmat");
  const areas = useLive(() => directoryAreas(db), []);
  const count = useLive(() => directoryCount(db), []);
  const filter: DirectoryFilter = {
    text: text.settled,
    kind: (params.get("jenis") as OrganisationKind | null) || null,
    area: params.get("kawasan") || null,
    targetGroup: (params.get("sasar") as TargetGroup | null) || null,
    service: service.settled,
  };
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const filtered = Boolean(text.typed || service.typed || filter.kind || filter.area || filter.targetGroup);
  const clear = () => {
    text.setTyped("");
    service.setTyped("");
    setParams(new URLSearchParams(), { replace: true });
  };
  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="end">
        <div>
          <Title order={3}>{t("direktori.title")}</Title>
          <Text size="sm" c="dimmed">
            {t("direktori.intro")}
            {!count.loading && !count.error && ` ${t("direktori.count", { count: count.data })}.`}
          </Text>
        </div>
        <DirectoryActions />
      </Group>
      <Paper withBorder p="sm">
        <Group align="end">
          <TextInput
            label={t("direktori.search")}
            placeholder={t("direktori.searchHint")}
            leftSection={<IconSearch size={16} />}
            flex={1}
            miw={230}
            value={text.typed}
            onChange={(e) => text.setTyped(e.currentTarget.value)}
            data-testid="directory-search"
          />
          <Select
            label={t("direktori.kind")}
            placeholder={t("direktori.anyKind")}
            clearable
            w={180}
            data={organisationKinds.map((k) => ({ value: k, label: t(`code.orgKind.${k}`) }))}
            value={filter.kind}
            onChange={(v) => set("jenis", v)}
          />
          <Select
            label={t("direktori.area")}
            placeholder={t("direktori.anyArea")}
            clearable
            searchable
            w={180}
            data={areas.loading || areas.error ? [] : areas.data}
            value={filter.area}
            onChange={(v) => set("kawasan", v)}
          />
          <Select
            label={t("direktori.targetGroup")}
            placeholder={t("direktori.anyGroup")}
            clearable
            w={200}
            data={targetGroups.map((g) => ({ value: g, label: t(`code.targetGroup.${g}`) }))}
            value={filter.targetGroup}
            onChange={(v) => set("sasar", v)}
          />
          <TextInput
            label={t("direktori.service")}
            placeholder={t("direktori.serviceHint")}
            w={170}
            value={service.typed}
            onChange={(e) => service.setTyped(e.currentTarget.value)}
          />
          {filtered && (
            <Tooltip label={t("direktori.clear")}>
              <ActionIcon
                variant="default"
                size="input-sm"
                onClick={clear}
                aria-label={t("direktori.clear")}
                data-testid="directory-clear"
              >
                <IconFilterOff size={18} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Paper>
      <DirectoryTable filter={filter} empty={!count.loading && !count.error && count.data === 0} />
    </Stack>
  );
}

function DirectoryTable({ filter, empty }: { filter: DirectoryFilter; empty: boolean }) {
  const { t } = useTranslation();
  const { rows, more } = usePages<OrganisationRecord, NonNullable<DirectoryCursor>>(
    JSON.stringify(filter),
    (cursor) => directoryPage(db, filter, cursor),
  );
  if (!rows) return null;
  if (rows.length === 0)
    return (
      <Text c="dimmed" data-testid="directory-empty">
        {empty ? t("direktori.emptyAll") : t("direktori.empty")}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Table withTableBorder striped fz="sm" data-testid="directory">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("direktori.name")}</Table.Th>
            <Table.Th w={200}>{t("direktori.kind")}</Table.Th>
            <Table.Th w={180}>{t("direktori.area")}</Table.Th>
            <Table.Th w={140}>{t("direktori.phone")}</Table.Th>
            <Table.Th w={140}>{t("direktori.confirmedAt")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((o) => (
            <Table.Tr key={o.id} data-testid="directory-row">
              <Table.Td>
                <Anchor component={Link} to={`/direktori/${o.id}`} size="sm">
                  {o.name}
                </Anchor>
                {!o.active && (
                  <Badge ml="xs" size="xs" color="gray" variant="light">
                    {t("direktori.inactive")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{t(`code.orgKind.${o.kind}`)}</Table.Td>
              <Table.Td>{o.area || "—"}</Table.Td>
              <Table.Td>{o.phone || o.mobile || "—"}</Table.Td>
              <Table.Td c={o.confirmedAt ? undefined : "dimmed"}>
                {o.confirmedAt ? formatDate(o.confirmedAt) : t("direktori.notConfirmed")}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <PagesFooter
        narrow={
          filter.text.trim() && rows.length >= DIRECTORY_SEARCH_LIMIT
            ? t("direktori.narrow", { count: DIRECTORY_SEARCH_LIMIT })
            : null
        }
        more={more}
        moreLabel={t("direktori.more")}
        testId="directory-more"
      />
    </Stack>
  );
}
