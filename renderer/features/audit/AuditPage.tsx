// Why: the PKMD and administrator see who changed what and when, with the values before and after.
import { Badge, Code, Group, Pagination, Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { db } from "../../db/instance";
import { auditActors, listAudit, recordNames } from "../../db/audit-log";
import { isSealed } from "../../db/repositories/kpn/complaint-audit";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { LoadError } from "../../app/guards";
import { formatDate, formatDateTime } from "../../app/format";
import {
  AUDIT_ACTIONS,
  AUDITED_TABLES,
  auditChanges,
  fieldLabel,
  referencedTable,
  referencesOf,
  valueLabel,
  type ShownValue,
} from "./changes";
import { DateField } from "../../app/DateField";

const PAGE = 25;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One side of a changed field as a reader expects it: dd/mm/yyyy dates, code labels, yes/no; nothing when absent. */
export function Value({
  shown,
  table,
  field,
  names,
}: {
  shown: ShownValue | null;
  table: string;
  field: string;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  if (!shown) return null;
  const v = shown.value;
  // A sensitive complaint's field this reader may not see (kpn/complaint-audit.ts).
  if (isSealed(v)) return <Code data-testid="audit-sealed">{t("audit.sealed")}</Code>;
  const ref = referencedTable(field);
  const name = ref && typeof v === "string" ? names.get(`${ref}:${v}`) : undefined;
  const text =
    v === null || v === ""
      ? "—"
      : name
        ? name
        : typeof v === "boolean"
          ? t(v ? "common.yes" : "common.no")
          : typeof v === "string"
            ? isoDay.test(v)
              ? formatDate(v)
              : isoInstant.test(v)
                ? formatDateTime(v)
                : valueLabel(t, table, field, v)
            : typeof v === "number"
              ? String(v)
              : Array.isArray(v) && v.every((x) => typeof x === "string")
                ? v.map((x) => valueLabel(t, table, field, x)).join(", ")
                : JSON.stringify(v);
  return (
    <>
      <Code style={{ overflowWrap: "anywhere" }}>{text}</Code>
      {shown.more > 0 && (
        <Text span size="xs" c="dimmed" ml={4}>
          {t("audit.moreItems", { count: shown.more })}
        </Text>
      )}
    </>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [page, setPage] = useState(1);
  const [table, setTable] = useState<string | null>(null);
  const [actorId, setActorId] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const users = useLive(() => auditActors(db, actor), [actor]);
  /** A filter change starts again at the first page. */
  const pick =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v);
      setPage(1);
    };
  const [open, setOpen] = useState<string | null>(null);
  const live = useLive(
    () =>
      listAudit(db, actor, {
        table: table ?? undefined,
        actorId: actorId ?? undefined,
        action: action ?? undefined,
        from: from || undefined,
        to: to || undefined,
        offset: (page - 1) * PAGE,
        limit: PAGE,
      }),
    [actor, page, table, actorId, action, from, to],
  );
  // The names behind the ids of the opened row (site, person, officer, organisation, case).
  const openRow = live.loading || live.error ? undefined : live.data.rows.find((r) => r.id === open);
  const named = useLive(
    async () =>
      openRow ? recordNames(db, actor, referencesOf(auditChanges(openRow))) : new Map<string, string>(),
    [actor, openRow],
  );
  const names = named.loading || named.error ? new Map<string, string>() : named.data;
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { rows, total } = live.data;
  return (
    <Stack>
      <Title order={3}>{t("audit.title")}</Title>
      <SimpleGrid cols={{ base: 2, md: 5 }} data-testid="audit-filters">
        <Select
          label={t("audit.table")}
          clearable
          placeholder={t("audit.allTables")}
          value={table}
          onChange={pick(setTable)}
          data={AUDITED_TABLES.map((x) => ({ value: x, label: t(`table.${x}`) }))}
        />
        <Select
          label={t("audit.who")}
          clearable
          searchable
          placeholder={t("audit.allTables")}
          value={actorId}
          onChange={pick(setActorId)}
          data={(users.loading || users.error ? [] : users.data).map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          label={t("audit.action")}
          clearable
          placeholder={t("audit.allTables")}
          value={action}
          onChange={pick(setAction)}
          data={AUDIT_ACTIONS.map((x) => ({ value: x, label: t(`action.${x}`) }))}
        />
        <DateField label={t("audit.from")} value={from} onChange={pick(setFrom)} />
        <DateField label={t("audit.to")} value={to} onChange={pick(setTo)} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t("audit.count", { count: total })}
      </Text>
      <Table withTableBorder data-testid="audit-table" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("audit.at")}</Table.Th>
            <Table.Th>{t("audit.who")}</Table.Th>
            <Table.Th>{t("audit.action")}</Table.Th>
            <Table.Th>{t("audit.table")}</Table.Th>
            <Table.Th>{t("audit.record")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const diff = auditChanges(r);
            return (
              <Fragment key={r.id}>
                <Table.Tr
                  onClick={() => setOpen(open === r.id ? null : r.id)}
                  style={{ cursor: diff.length ? "pointer" : undefined }}
                >
                  <Table.Td>{formatDateTime(r.at)}</Table.Td>
                  <Table.Td>{r.actorName}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={r.action.startsWith("login.") ? "red" : r.action === "view" ? "grape" : "gray"}
                      tt="none"
                      h="auto"
                      maw="none"
                      styles={{ label: { overflow: "visible", whiteSpace: "normal", lineHeight: 1.3 } }}
                    >
                      {t(`action.${r.action}`, { defaultValue: r.action })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t(`table.${r.table}`)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {r.label}
                      {r.reason && (
                        <Text size="xs" c="dimmed" data-testid="audit-reason">
                          ({t("audit.reason", { reason: r.reason })})
                        </Text>
                      )}
                      {diff.length > 0 && (
                        <Text size="xs" c="dimmed">
                          ({t("audit.fieldsChanged", { count: diff.length })})
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {open === r.id && diff.length > 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={5}>
                      <Table fz="xs" data-testid="audit-diff">
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t("audit.field")}</Table.Th>
                            <Table.Th>{t("audit.before")}</Table.Th>
                            <Table.Th>{t("audit.after")}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {diff.map((d) => (
                            <Table.Tr key={d.field}>
                              <Table.Td>{fieldLabel(t, r.table, d.field)}</Table.Td>
                              <Table.Td>
                                <Value shown={d.before} table={r.table} field={d.field} names={names} />
                              </Table.Td>
                              <Table.Td>
                                <Value shown={d.after} table={r.table} field={d.field} names={names} />
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
      {total > PAGE && <Pagination total={Math.ceil(total / PAGE)} value={page} onChange={setPage} />}
    </Stack>
  );
}
