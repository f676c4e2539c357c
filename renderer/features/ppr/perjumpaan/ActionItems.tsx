// Why: what a meeting asked people to do, by whom and by when; overdue items stand out and status changes in one click.
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  actionItemStatuses,
  isActionItemOverdue,
  type ActionItemInput,
} from "../../../../shared/domain/community";
import { todayIn } from "../../../../shared/domain/dates";
import { can } from "../../../../shared/domain/roles";
import type { ActionItemRecord, MeetingRecord, StakeholderRecord, UserRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { actionItemsRepo } from "../../../db/repositories/community";
import { DateField } from "../../../app/DateField";
import { handleSaveError, useFields } from "../../../app/fields";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { notifyError, notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { softDeleteWithUndo } from "../../../app/soft-delete";
import { useDraftForm } from "../../../app/use-draft-form";
import { useLive } from "../../../app/use-live";
import { byUrgency } from "./action-items";
import { DraftRestored } from "../../../app/DraftRestored";
import { actionItemFormSchema } from "./form-schemas";
import { ownerNames, ownersFor } from "./meetings-data";
import { inputOf } from "./record-input";

export function ActionItems({ meeting, users }: { meeting: MeetingRecord; users: UserRecord[] }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [adding, setAdding] = useState(false);
  const live = useLive(
    () =>
      Promise.all([
        db.actionItems
          .where("meetingId")
          .equals(meeting.id)
          .filter((i) => !i.deletedAt)
          .toArray(),
        db.stakeholders
          .where("siteId")
          .equals(meeting.siteId)
          .filter((s) => !s.deletedAt)
          .sortBy("name"),
      ]),
    [meeting.id, meeting.siteId],
  );
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const today = todayIn();
  const [rows, stakeholders] = live.data;
  const items = byUrgency(rows, today);
  const canWrite = can(actor.role, "records.write");
  const names = ownerNames(users, stakeholders);
  const owners = ownersFor(users, meeting.siteId);

  return (
    <Card withBorder data-testid="action-items">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t("perjumpaan.items.title")}</Title>
          {canWrite && !adding && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              {t("perjumpaan.items.add")}
            </Button>
          )}
        </Group>
        {adding && (
          <ActionItemForm
            meeting={meeting}
            owners={owners}
            stakeholders={stakeholders}
            onDone={() => setAdding(false)}
          />
        )}
        {items.length === 0 ? (
          !adding && (
            <Text size="sm" c="dimmed" data-testid="items-empty">
              {t("perjumpaan.items.empty")}
            </Text>
          )
        ) : (
          <Table fz="sm" withTableBorder verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("perjumpaan.items.text")}</Table.Th>
                <Table.Th w={230}>{t("perjumpaan.items.owner")}</Table.Th>
                <Table.Th w={190}>{t("perjumpaan.items.dueDate")}</Table.Th>
                <Table.Th w={170}>{t("perjumpaan.items.status")}</Table.Th>
                {canWrite && <Table.Th w={44} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <ItemRow
                  key={item.id}
                  item={item}
                  owner={names.get(item.ownerId) ?? "-"}
                  ownerIsStakeholder={item.ownerKind === "pihak"}
                  overdue={isActionItemOverdue(item, today)}
                  canWrite={canWrite}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}

function ItemRow({
  item,
  owner,
  ownerIsStakeholder,
  overdue,
  canWrite,
}: {
  item: ActionItemRecord;
  owner: string;
  ownerIsStakeholder: boolean;
  overdue: boolean;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const repo = actionItemsRepo(db);
  const setStatus = async (status: ActionItemInput["status"]) => {
    try {
      await repo.update(actor, item.id, item.rev, { ...inputOf<ActionItemInput>(item), status });
      notifySaved(t);
    } catch (e) {
      notifyError(t, e);
    }
  };
  const remove = () =>
    softDeleteWithUndo({
      t,
      name: item.text,
      remove: () => repo.softDelete(actor, item.id, item.rev),
      restore: () => repo.restore(actor, item.id),
    });
  return (
    <Table.Tr data-testid="action-item" data-status={item.status} data-overdue={overdue || undefined}>
      <Table.Td style={{ whiteSpace: "pre-wrap" }}>{item.text}</Table.Td>
      <Table.Td data-testid="item-owner">
        {owner}
        {ownerIsStakeholder && (
          <Text size="xs" c="dimmed">
            {t("perjumpaan.items.stakeholderOwner")}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={overdue ? 700 : undefined} c={overdue ? "red.8" : undefined}>
            {formatDate(item.dueDate)}
          </Text>
          {overdue && (
            <Badge color="red" size="sm" data-testid="overdue-badge">
              {t("perjumpaan.items.overdue")}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        {canWrite ? (
          <Select
            size="xs"
            aria-label={t("perjumpaan.items.statusOf", { text: item.text })}
            allowDeselect={false}
            data={actionItemStatuses.map((s) => ({ value: s, label: t(`perjumpaan.itemStatus.${s}`) }))}
            value={item.status}
            onChange={(v) => v && v !== item.status && void setStatus(v as ActionItemInput["status"])}
          />
        ) : (
          t(`perjumpaan.itemStatus.${item.status}`)
        )}
      </Table.Td>
      {canWrite && (
        <Table.Td>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t("perjumpaan.items.delete", { text: item.text })}
            onClick={() => void remove()}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function ActionItemForm({
  meeting,
  owners,
  stakeholders,
  onDone,
}: {
  meeting: MeetingRecord;
  owners: UserRecord[];
  stakeholders: StakeholderRecord[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [busy, setBusy] = useState(false);
  const initial: ActionItemInput = {
    meetingId: meeting.id,
    siteId: meeting.siteId,
    text: "",
    ownerKind: "pengguna",
    ownerId: owners.some((o) => o.id === actor.userId) ? actor.userId : "",
    dueDate: "",
    status: "belum",
  };
  const draft = useDraftForm<ActionItemInput>(`action-item:new:${meeting.id}`, initial, actionItemFormSchema);
  const { form } = draft;
  const field = useFields(form);
  if (!draft.ready) return null;
  const stakeholderIds = new Set(stakeholders.map((s) => s.id));
  const owner = field("ownerId");
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      await actionItemsRepo(db).create(actor, v);
      await draft.discard();
      notifySaved(t);
      onDone();
    } catch (e) {
      handleSaveError(t, form, e, () => void draft.discard());
    } finally {
      setBusy(false);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="action-item-form">
      <Stack gap="xs">
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        <Group align="start" wrap="wrap" gap="sm">
          <Textarea
            label={t("perjumpaan.items.text")}
            withAsterisk
            autosize
            minRows={1}
            style={{ flex: 1, minWidth: 260 }}
            {...field("text")}
          />
          <Select
            label={t("perjumpaan.items.owner")}
            withAsterisk
            searchable
            w={220}
            allowDeselect={false}
            data={[
              {
                group: t("perjumpaan.items.officers"),
                items: owners.map((u) => ({ value: u.id, label: u.name })),
              },
              {
                group: t("perjumpaan.items.stakeholders"),
                items: stakeholders.map((s) => ({ value: s.id, label: `${s.name} (${s.role})` })),
              },
            ]}
            {...owner}
            onChange={(v) => {
              form.setFieldValue("ownerKind", v && stakeholderIds.has(v) ? "pihak" : "pengguna");
              owner.onChange(v ?? "");
            }}
          />
          <DateField label={t("perjumpaan.items.dueDate")} withAsterisk w={150} {...field("dueDate")} />
          <Select
            label={t("perjumpaan.items.status")}
            w={160}
            allowDeselect={false}
            data={actionItemStatuses.map((s) => ({ value: s, label: t(`perjumpaan.itemStatus.${s}`) }))}
            {...field("status")}
          />
        </Group>
        <Group gap="xs">
          <Button type="submit" loading={busy}>
            {t("perjumpaan.items.save")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
