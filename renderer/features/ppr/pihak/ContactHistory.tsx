// Why: the dated contacts with one stakeholder, newest first, with a one-line view of rapport and a form to record the next one.
import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  Tooltip,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { contactSchema } from "../../../../shared/domain/community";
import { todayIn } from "../../../../shared/domain/dates";
import type { ContactRecord, StakeholderRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { contactsRepo } from "../../../db/repositories/community";
import { DateField } from "../../../app/DateField";
import { handleSaveError, useFields } from "../../../app/fields";
import { formatDate } from "../../../app/format";
import { useActor } from "../../../app/session";
import { softDeleteWithUndo } from "../../../app/soft-delete";
import { useDraftForm } from "../../../app/use-draft-form";
import { DraftRestored } from "../../../app/DraftRestored";
import { rapport } from "./rapport";

type Props = {
  stakeholder: StakeholderRecord;
  contacts: ContactRecord[];
  names: Map<string, string>;
  canWrite: boolean;
};

export function ContactHistory({ stakeholder, contacts, names, canWrite }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const today = todayIn();
  const r = rapport(
    contacts.map((c) => c.date),
    today,
  );

  const remove = (c: ContactRecord) =>
    softDeleteWithUndo({
      t,
      name: formatDate(c.date),
      remove: () => contactsRepo(db).softDelete(actor, c.id, c.rev),
      restore: () => contactsRepo(db).restore(actor, c.id),
    });

  return (
    <Paper withBorder p="md" data-testid="contact-history">
      <Stack gap="sm">
        <Title order={4}>{t("pihak.history")}</Title>
        <Text size="sm" data-testid="rapport">
          {r.total === 0
            ? t("pihak.rapportNone")
            : t("pihak.rapport", {
                last3: r.last3,
                last6: r.last6,
                last12: r.last12,
                first: formatDate(r.first),
              })}
        </Text>
        {canWrite && <ContactForm stakeholder={stakeholder} today={today} />}
        {contacts.length > 0 && (
          <Table withTableBorder striped fz="sm" data-testid="contacts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>{t("pihak.contactDate")}</Table.Th>
                <Table.Th>{t("pihak.purpose")}</Table.Th>
                <Table.Th>{t("pihak.outcome")}</Table.Th>
                <Table.Th w={170}>{t("pihak.recordedBy")}</Table.Th>
                {canWrite && <Table.Th w={44} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.map((c) => (
                <Table.Tr key={c.id} data-testid="contact-row">
                  <Table.Td>{formatDate(c.date)}</Table.Td>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>{c.purpose}</Table.Td>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>{c.outcome || "—"}</Table.Td>
                  <Table.Td>{names.get(c.createdBy) ?? ""}</Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Tooltip label={t("common.delete")}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t("pihak.deleteContact", { date: formatDate(c.date) })}
                          onClick={() => void remove(c)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

type ContactFields = { date: string; purpose: string; outcome: string };
const contactFields = contactSchema.pick({ date: true, purpose: true, outcome: true });

/** Field rules plus: a contact that has not happened yet is not history. */
function contactErrors(today: string) {
  return (v: ContactFields): Record<string, string> => {
    const errors: Record<string, string> = {};
    const r = contactFields.safeParse(v);
    if (!r.success) for (const i of r.error.issues) errors[i.path.join(".")] ??= i.message;
    if (!errors.date && v.date > today) errors.date = "v.futureDate";
    return errors;
  };
}

function ContactForm({ stakeholder, today }: { stakeholder: StakeholderRecord; today: string }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const initial: ContactFields = { date: today, purpose: "", outcome: "" };
  const draft = useDraftForm<ContactFields>(`contact:new:${stakeholder.id}`, initial, contactErrors(today));
  const { form } = draft;
  const field = useFields(form);
  const [busy, setBusy] = useState(false);
  if (!draft.ready) return null;
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      await contactsRepo(db).create(actor, {
        ...v,
        stakeholderId: stakeholder.id,
        siteId: stakeholder.siteId,
      });
      // Clears the kept draft and empties the form for the next contact.
      await draft.discard();
      notifications.show({ color: "green", message: t("pihak.contactAdded") });
    } catch (e) {
      handleSaveError(t, form, e, () => void draft.discard());
    } finally {
      setBusy(false);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="contact-form">
      <Stack gap="xs">
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        <Group align="start" wrap="nowrap">
          <DateField label={t("pihak.contactDate")} withAsterisk w={150} {...field("date")} />
          <Textarea
            label={t("pihak.purpose")}
            withAsterisk
            autosize
            minRows={1}
            style={{ flex: 1 }}
            {...field("purpose")}
          />
          <Textarea
            label={t("pihak.outcome")}
            autosize
            minRows={1}
            style={{ flex: 1 }}
            {...field("outcome")}
          />
          <Button type="submit" mt={25} loading={busy}>
            {t("pihak.addContact")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
