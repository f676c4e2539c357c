// Why: the pendamping's Agenda dan Catatan: a month of dated agenda items and notes for a wilayah, added and corrected
// in place, marked done, deleted with undo; reminders come back on the home screen from their day.
import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { can } from "../../../../shared/domain/roles";
import { todayIn } from "../../../../shared/domain/dates";
import { agendaOrder } from "../../../../shared/domain/pkh/agenda";
import { LoadError } from "../../../app/guards";
import { formatDate } from "../../../app/format";
import { notifyError } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { softDeleteWithUndo } from "../../../app/soft-delete";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import type { PkhAgendaRecord } from "../../../db/pkh-tables";
import { agendaBetween, agendaRepo } from "../../../db/repositories/pkh/agenda";
import { sitesRepo } from "../../../db/repositories/sites";
import { monthRange } from "../../laporan/figures";
import { useMonthName } from "../../laporan/month-name";
import { AgendaForm } from "./AgendaForm";
import { MonthStepper } from "./MonthStepper";

export function AgendaPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const monthName = useMonthName();
  const today = todayIn();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get("bulan") ?? "") ? params.get("bulan")! : today.slice(0, 7);
  const [editing, setEditing] = useState<PkhAgendaRecord | "new" | null>(null);
  const live = useLive(async () => {
    const sites = (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt);
    const { from, to } = monthRange(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    const items = await agendaBetween(
      db,
      actor,
      sites.map((s) => s.id),
      from,
      to,
    );
    return { sites, items: items.sort(agendaOrder) };
  }, [actor, month]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { sites, items } = live.data;
  const siteParam = params.get("wilayah");
  const siteId = sites.find((s) => s.id === siteParam)?.id ?? sites[0]?.id ?? null;
  const shown = items.filter((i) => i.siteId === siteId);
  const canWrite = can(actor.role, "records.write");
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const toggleDone = async (a: PkhAgendaRecord) => {
    try {
      const { id, rev, done, ...rest } = a;
      await agendaRepo(db).update(actor, id, rev, { ...rest, done: !done });
    } catch (e) {
      notifyError(t, e);
    }
  };
  const remove = (a: PkhAgendaRecord) =>
    softDeleteWithUndo({
      t,
      name: a.title,
      remove: () => agendaRepo(db).softDelete(actor, a.id, a.rev),
      restore: () => agendaRepo(db).restore(actor, a.id),
    });
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t("pkh.agenda.title")}</Title>
          <Text c="dimmed">{t("pkh.agenda.intro")}</Text>
        </div>
        {canWrite && siteId && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
            {t("pkh.agenda.add")}
          </Button>
        )}
      </Group>
      <Group align="end">
        {sites.length > 1 && (
          <Select
            label={t("pkh.agenda.site")}
            allowDeselect={false}
            data={sites.map((s) => ({ value: s.id, label: s.name }))}
            value={siteId}
            onChange={(v) => v && set("wilayah", v)}
          />
        )}
        <MonthStepper month={month} label={`${monthName(m)} ${y}`} onChange={(next) => set("bulan", next)} />
      </Group>
      {!siteId && <Text c="dimmed">{t("pkh.agenda.noSites")}</Text>}
      {siteId && editing && (
        <AgendaForm
          key={editing === "new" ? "new" : editing.id}
          siteId={siteId}
          item={editing === "new" ? undefined : editing}
          day={month === today.slice(0, 7) ? today : `${month}-01`}
          onDone={() => setEditing(null)}
        />
      )}
      {siteId && shown.length === 0 && <Text c="dimmed">{t("pkh.agenda.empty")}</Text>}
      {shown.length > 0 && (
        <Table withTableBorder striped data-testid="agenda-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t("pkh.agenda.doneColumn")}</Table.Th>
              <Table.Th w={120}>{t("pkh.agenda.date")}</Table.Th>
              <Table.Th>{t("pkh.agenda.titleField")}</Table.Th>
              <Table.Th>{t("pkh.agenda.note")}</Table.Th>
              <Table.Th w={140}>{t("pkh.agenda.reminder")}</Table.Th>
              {canWrite && <Table.Th w={90} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((a) => (
              <Table.Tr key={a.id} data-testid="agenda-row" opacity={a.done ? 0.6 : 1}>
                <Table.Td>
                  <Checkbox
                    aria-label={t("pkh.agenda.markDone", { title: a.title })}
                    checked={a.done}
                    disabled={!canWrite}
                    onChange={() => void toggleDone(a)}
                  />
                </Table.Td>
                <Table.Td>
                  {formatDate(a.date)}
                  {a.time && <Text size="xs">{a.time}</Text>}
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <Badge size="sm" variant="light" color={a.kind === "agenda" ? "teal" : "gray"}>
                      {t(`pkh.agenda.kind.${a.kind}`)}
                    </Badge>
                    <Text fw={600} td={a.done ? "line-through" : undefined}>
                      {a.title}
                    </Text>
                  </Group>
                  {a.place && (
                    <Text size="xs" c="dimmed">
                      {a.place}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: "pre-wrap" }}>{a.note}</Table.Td>
                <Table.Td>{a.reminder ? formatDate(a.reminder) : "—"}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t("pkh.agenda.edit")}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t("pkh.agenda.editOne", { title: a.title })}
                          onClick={() => setEditing(a)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t("common.delete")}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t("pkh.agenda.deleteOne", { title: a.title })}
                          onClick={() => void remove(a)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
