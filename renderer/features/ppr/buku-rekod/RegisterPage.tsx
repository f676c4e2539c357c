// Why: the Buku Rekod register: every case the user may see, newest first, filtered, scrolled smoothly at any size, exported to Excel.
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconFileImport, IconFileSpreadsheet, IconPlus, IconSearch } from "@tabler/icons-react";
import { useDebouncedValue } from "@mantine/hooks";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../../app/DateField";
import { Link, useSearchParams } from "react-router";
import {
  caseStatuses,
  serviceTypes,
  targetGroups,
  type CaseStatus,
  type ServiceType,
  type TargetGroup,
} from "../../../../shared/domain/codes";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { sitesRepo } from "../../../db/repositories/sites";
import { registerMatches, type RegisterFilter } from "../../../db/register";
import { formatDate } from "../../../app/format";
import { notifyError } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { useRegister } from "./use-register";
import { statusColor } from "./status";
import { exportRegister } from "./export";
import { canRelease } from "../../../../shared/domain/access";
import { SulitLocked } from "../../peranan/SulitLocked";

/** Column widths (px); the name takes the rest, so it has the most room. */
const COL = {
  recordNo: 142,
  site: 52,
  date: 96,
  targetGroup: 130,
  service: 140,
  status: 136,
  followUp: 96,
  officer: 120,
} as const;
/** A cell kept to one line, cut with an ellipsis (the whole text in its tooltip). */
const oneLine = { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" } as const;
/** A cell whose words wrap onto a second line (service and officer are read in full), small enough to fit the row. */
const twoLines = {
  lineHeight: 1.2,
  fontSize: "var(--mantine-font-size-xs)",
  overflowWrap: "anywhere",
} as const;
const ROW = 42;

export function RegisterPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [params, setParams] = useSearchParams();
  const sites = useLive(() => sitesRepo(db).list(actor), [actor]);
  const officers = useLive(
    async () => (await db.users.toArray()).filter((u) => u.role === "ppk" || u.role === "pkmd"),
    [],
  );
  const [typed, setTyped] = useState(params.get("cari") ?? "");
  const [query] = useDebouncedValue(typed.trim(), 250);
  const found = useLive(async () => (query ? registerMatches(db, actor, query) : null), [actor, query]);
  const caseIds = found.loading || found.error ? null : found.data;
  const filter: RegisterFilter = useMemo(
    () => ({
      caseIds: query ? (caseIds ?? []) : null,
      siteIds: params.get("tapak") ? [params.get("tapak")!] : null,
      status: (params.get("status") as CaseStatus) || null,
      targetGroup: (params.get("kumpulan") as TargetGroup) || null,
      service: (params.get("perkhidmatan") as ServiceType) || null,
      officerId: params.get("pegawai") || null,
      from: params.get("dari") || null,
      to: params.get("hingga") || null,
      followUpDue: params.get("susulan") || null,
    }),
    [params, query, caseIds],
  );
  const { rows, total, done, loadMore } = useRegister(actor, filter);
  const [exporting, setExporting] = useState(false);
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length + (done ? 0 : 1),
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 12,
  });
  const items = virtual.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (!done && lastIndex >= rows.length - 1) void loadMore();
  }, [lastIndex, rows.length, done, loadMore]);

  const siteOptions =
    sites.loading || sites.error
      ? []
      : sites.data.map((s) => ({ value: s.id, label: `${s.code} — ${s.name}` }));
  const siteList = sites.loading || sites.error ? [] : sites.data;
  const siteCode = new Map(siteList.map((s) => [s.id, s.code]));
  const siteName = new Map(siteList.map((s) => [s.id, s.name]));
  const officerName = new Map(
    (officers.loading || officers.error ? [] : officers.data).map((u) => [u.id, u.name]),
  );

  const doExport = async () => {
    setExporting(true);
    try {
      await exportRegister(actor, filter, t);
    } catch (e) {
      notifyError(t, e);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={3}>{t("bukuRekod.title")}</Title>
          <Text size="sm" c="dimmed" data-testid="register-count">
            {total === null ? t("bukuRekod.counting") : t("bukuRekod.count", { count: total })}
          </Text>
        </div>
        <Group>
          {canRelease(actor, true) ? (
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              onClick={() => void doExport()}
              loading={exporting}
              disabled={total === 0}
            >
              {t("bukuRekod.export")}
            </Button>
          ) : (
            <SulitLocked compact />
          )}
          {can(actor.role, "records.write") && (
            <Button
              variant="default"
              component={Link}
              to="/buku-rekod/import"
              leftSection={<IconFileImport size={16} />}
            >
              {t("imp.open")}
            </Button>
          )}
          {can(actor.role, "records.write") && (
            <Button component={Link} to="/buku-rekod/baru" leftSection={<IconPlus size={16} />}>
              {t("bukuRekod.newCase")}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
          <TextInput
            size="xs"
            label={t("bukuRekod.search")}
            placeholder={t("bukuRekod.searchHint")}
            leftSection={<IconSearch size={14} />}
            value={typed}
            onChange={(e) => {
              setTyped(e.currentTarget.value);
              set("cari", e.currentTarget.value || null);
            }}
            data-testid="register-search"
          />
          <Select
            size="xs"
            label={t("bukuRekod.site")}
            placeholder={t("bukuRekod.all")}
            clearable
            data={siteOptions}
            value={params.get("tapak")}
            onChange={(v) => set("tapak", v)}
          />
          <Select
            size="xs"
            label={t("bukuRekod.status")}
            placeholder={t("bukuRekod.all")}
            clearable
            data={caseStatuses.map((s) => ({ value: s, label: t(`code.caseStatus.${s}`) }))}
            value={params.get("status")}
            onChange={(v) => set("status", v)}
          />
          <Select
            size="xs"
            label={t("bukuRekod.targetGroup")}
            placeholder={t("bukuRekod.all")}
            clearable
            data={targetGroups.map((s) => ({ value: s, label: t(`code.targetGroup.${s}`) }))}
            value={params.get("kumpulan")}
            onChange={(v) => set("kumpulan", v)}
          />
          <Select
            size="xs"
            label={t("bukuRekod.service")}
            placeholder={t("bukuRekod.all")}
            clearable
            data={serviceTypes.map((s) => ({ value: s, label: t(`code.service.${s}`) }))}
            value={params.get("perkhidmatan")}
            onChange={(v) => set("perkhidmatan", v)}
          />
          <Select
            size="xs"
            label={t("bukuRekod.officer")}
            placeholder={t("bukuRekod.all")}
            clearable
            data={[...officerName].map(([value, label]) => ({ value, label }))}
            value={params.get("pegawai")}
            onChange={(v) => set("pegawai", v)}
          />
          <DateField
            size="xs"
            label={t("bukuRekod.from")}
            value={params.get("dari") ?? ""}
            onChange={(v) => set("dari", v || null)}
          />
          <DateField
            size="xs"
            label={t("bukuRekod.to")}
            value={params.get("hingga") ?? ""}
            onChange={(v) => set("hingga", v || null)}
            // A range that ends before it starts holds nothing: say so where it is set.
            error={
              params.get("dari") && params.get("hingga") && params.get("hingga")! < params.get("dari")!
                ? t("bukuRekod.rangeReversed")
                : undefined
            }
          />
          {params.get("susulan") && (
            <Group align="end">
              <Badge
                size="lg"
                variant="light"
                rightSection={
                  <Anchor size="xs" onClick={() => set("susulan", null)}>
                    ×
                  </Anchor>
                }
              >
                {t("bukuRekod.followUpDue", { date: formatDate(params.get("susulan")) })}
              </Badge>
            </Group>
          )}
        </SimpleGrid>
      </Paper>
      <Table withTableBorder fz="sm" layout="fixed" data-testid="register-head">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={COL.recordNo}>{t("bukuRekod.recordNo")}</Table.Th>
            <Table.Th w={COL.site}>{t("bukuRekod.siteShort")}</Table.Th>
            <Table.Th w={COL.date}>{t("bukuRekod.date")}</Table.Th>
            <Table.Th>{t("bukuRekod.name")}</Table.Th>
            <Table.Th w={COL.targetGroup}>{t("bukuRekod.targetGroup")}</Table.Th>
            <Table.Th w={COL.service}>{t("bukuRekod.service")}</Table.Th>
            <Table.Th w={COL.status}>{t("bukuRekod.status")}</Table.Th>
            <Table.Th w={COL.followUp}>{t("bukuRekod.followUp")}</Table.Th>
            <Table.Th w={COL.officer}>{t("bukuRekod.officer")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
      </Table>
      <div
        ref={scroller}
        style={{ height: "calc(100vh - 330px)", minHeight: 300, overflow: "auto", marginTop: -16 }}
        data-testid="register"
      >
        {rows.length === 0 && done ? (
          <Text c="dimmed" p="md" data-testid="register-empty">
            {t("bukuRekod.empty")}
          </Text>
        ) : (
          <div style={{ height: virtual.getTotalSize(), position: "relative" }}>
            <Table
              fz="sm"
              layout="fixed"
              striped
              style={{
                position: "absolute",
                top: 0,
                left: 0,
                width: "100%",
                transform: `translateY(${items[0]?.start ?? 0}px)`,
              }}
            >
              <Table.Tbody>
                {items.map((item) => {
                  const row = rows[item.index];
                  if (!row) {
                    return (
                      <Table.Tr key="more" style={{ height: ROW }}>
                        <Table.Td colSpan={9}>{t("bukuRekod.loading")}</Table.Td>
                      </Table.Tr>
                    );
                  }
                  const c = row.record;
                  return (
                    <Table.Tr key={c.id} style={{ height: ROW }} data-testid="register-row">
                      <Table.Td w={COL.recordNo} ff="monospace">
                        <Anchor component={Link} to={`/kes/${c.id}`}>
                          {c.recordNo}
                        </Anchor>
                      </Table.Td>
                      <Table.Td
                        w={COL.site}
                        ff="monospace"
                        title={siteName.get(c.siteId)}
                        data-testid="register-site"
                      >
                        {siteCode.get(c.siteId) ?? ""}
                      </Table.Td>
                      <Table.Td w={COL.date}>{formatDate(c.date)}</Table.Td>
                      <Table.Td style={oneLine} title={row.person?.name}>
                        {row.person?.name}
                      </Table.Td>
                      <Table.Td w={COL.targetGroup} style={twoLines}>
                        {t(`code.targetGroup.${c.targetGroup}`)}
                      </Table.Td>
                      <Table.Td w={COL.service} style={twoLines} title={t(`code.service.${c.service}`)}>
                        {t(`code.service.${c.service}`)}
                      </Table.Td>
                      <Table.Td w={COL.status}>
                        <Badge variant="light" color={statusColor(c.status)}>
                          {t(`code.caseStatus.${c.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td w={COL.followUp}>{formatDate(c.followUpDate)}</Table.Td>
                      <Table.Td w={COL.officer} style={twoLines} title={officerName.get(c.officerId) ?? ""}>
                        {officerName.get(c.officerId) ?? ""}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </div>
    </Stack>
  );
}
