// Why: every resident and household the user may see (#/orang), found by name, MyKad or phone, by site and household
// size, read a page at a time.
import {
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import {
  householdSizes,
  householdsPage,
  personsPage,
  SEARCH_LIMIT,
  type HouseholdRow,
  type HouseholdSize,
  type ListCursor,
  type PersonRow,
} from "../../../db/persons-list";
import { sitesRepo } from "../../../db/repositories/sites";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { usePages } from "../../../app/use-pages";
import { PagesFooter } from "../../../app/PagesFooter";

export function PersonsPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [params, setParams] = useSearchParams();
  const sites = useLive(() => sitesRepo(db).list(actor), [actor]);
  const view = params.get("papar") === "isi-rumah" ? "isi-rumah" : "orang";
  const siteId = params.get("tapak");
  const size = (params.get("saiz") as HouseholdSize | null) || null;
  const [typed, setTyped] = useState(params.get("cari") ?? "");
  const [text] = useDebouncedValue(typed, 250);
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if ((params.get("cari") ?? "") !== text) set("cari", text || null);
    // Only the settled text is written to the address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  const siteName = new Map((sites.loading || sites.error ? [] : sites.data).map((s) => [s.id, s.name]));

  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="end">
        <div>
          <Title order={3}>{t("orang.listTitle")}</Title>
          <Text size="sm" c="dimmed">
            {t("orang.listIntro")}
          </Text>
        </div>
        {can(actor.role, "records.write") && (
          <Button component={Link} to="/orang/baru" leftSection={<IconPlus size={16} />}>
            {t("orang.newTitle")}
          </Button>
        )}
      </Group>
      <Paper withBorder p="sm">
        <Group align="end">
          <SegmentedControl
            value={view}
            onChange={(v) => set("papar", v === "orang" ? null : v)}
            data={[
              { value: "orang", label: t("orang.viewPersons") },
              { value: "isi-rumah", label: t("orang.viewHouseholds") },
            ]}
            data-testid="persons-view"
          />
          {view === "orang" && (
            <TextInput
              label={t("orang.listSearch")}
              placeholder={t("orang.listSearchHint")}
              leftSection={<IconSearch size={16} />}
              w={320}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
            />
          )}
          <Select
            label={t("orang.site")}
            placeholder={t("orang.allSites")}
            clearable
            w={260}
            data={[...siteName].map(([value, label]) => ({ value, label }))}
            value={siteId}
            onChange={(v) => set("tapak", v)}
          />
          <Select
            label={t("orang.householdSize")}
            placeholder={t("orang.anySize")}
            clearable
            w={200}
            data={householdSizes.map((s) => ({ value: s, label: t(`orang.size.${s}`) }))}
            value={size}
            onChange={(v) => set("saiz", v)}
          />
        </Group>
      </Paper>
      {view === "orang" ? (
        <PersonsTable filter={{ siteId, text, size }} siteName={siteName} />
      ) : (
        <HouseholdsTable filter={{ siteId, size }} siteName={siteName} />
      )}
    </Stack>
  );
}

type TableProps<F> = { filter: F; siteName: Map<string, string> };

function PersonsTable({
  filter,
  siteName,
}: TableProps<{ siteId: string | null; text: string; size: HouseholdSize | null }>) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const { rows, more } = usePages<PersonRow, NonNullable<ListCursor>>(
    JSON.stringify([actor, filter]),
    (cursor) => personsPage(db, actor, filter, cursor),
  );
  if (!rows) return null;
  if (rows.length === 0)
    return (
      <Text c="dimmed" data-testid="persons-empty">
        {t("orang.listEmpty")}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Table withTableBorder striped fz="sm" data-testid="persons">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("orang.name")}</Table.Th>
            <Table.Th w={170}>{t("orang.docNoShort")}</Table.Th>
            <Table.Th w={220}>{t("orang.site")}</Table.Th>
            <Table.Th w={110}>{t("orang.unit")}</Table.Th>
            <Table.Th w={140}>{t("orang.phone")}</Table.Th>
            <Table.Th w={110} ta="right">
              {t("orang.householdSize")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ person: p, householdSize }) => (
            <Table.Tr key={p.id} data-testid="person-row">
              <Table.Td>
                <Anchor component={Link} to={`/orang/${p.id}`} size="sm">
                  {p.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{p.docNo || t(`code.docType.${p.docType}`)}</Table.Td>
              <Table.Td>{siteName.get(p.siteId) ?? ""}</Table.Td>
              <Table.Td>{p.unit || "—"}</Table.Td>
              <Table.Td>{p.phone || "—"}</Table.Td>
              <Table.Td ta="right" data-testid="person-household-size">
                {householdSize ?? "—"}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <PagesFooter
        narrow={
          filter.text.trim() && rows.length >= SEARCH_LIMIT
            ? t("orang.listNarrow", { count: SEARCH_LIMIT })
            : null
        }
        more={more}
        moreLabel={t("orang.more")}
        testId="persons-more"
      />
    </Stack>
  );
}

function HouseholdsTable({
  filter,
  siteName,
}: TableProps<{ siteId: string | null; size: HouseholdSize | null }>) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const { rows, more } = usePages<HouseholdRow, NonNullable<ListCursor>>(
    JSON.stringify([actor, filter]),
    (cursor) => householdsPage(db, actor, filter, cursor),
  );
  if (!rows) return null;
  if (rows.length === 0)
    return (
      <Text c="dimmed" data-testid="households-empty">
        {t("orang.householdsEmpty")}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Table withTableBorder striped fz="sm" data-testid="households">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={260}>{t("orang.head")}</Table.Th>
            <Table.Th w={220}>{t("orang.site")}</Table.Th>
            <Table.Th w={110}>{t("orang.unit")}</Table.Th>
            <Table.Th w={90} ta="right">
              {t("orang.householdSize")}
            </Table.Th>
            <Table.Th>{t("orang.members")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ household: h, head, members }) => (
            <Table.Tr key={h.id} data-testid="household-row">
              <Table.Td>
                {head ? (
                  <Anchor component={Link} to={`/orang/${head.id}`} size="sm">
                    {head.name}
                  </Anchor>
                ) : (
                  "—"
                )}
              </Table.Td>
              <Table.Td>{siteName.get(h.siteId) ?? ""}</Table.Td>
              <Table.Td>{head?.unit || "—"}</Table.Td>
              <Table.Td ta="right">{h.members.length}</Table.Td>
              <Table.Td>{members.join(", ")}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {more && (
        <Button variant="default" w="fit-content" onClick={more} data-testid="households-more">
          {t("orang.more")}
        </Button>
      )}
    </Stack>
  );
}
