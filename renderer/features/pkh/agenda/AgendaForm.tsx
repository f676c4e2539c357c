// Why: one form adds an agenda item or a note, or corrects one; what is typed survives the screen lock (a draft).
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { agendaInputSchema, agendaKinds, type AgendaInput } from "../../../../shared/domain/pkh/agenda";
import { DateField } from "../../../app/DateField";
import { DraftRestored } from "../../../app/DraftRestored";
import { handleSaveError, useFields } from "../../../app/fields";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { db } from "../../../db/instance";
import type { PkhAgendaRecord } from "../../../db/pkh-tables";
import { agendaRepo } from "../../../db/repositories/pkh/agenda";

type Fields = Pick<AgendaInput, "kind" | "date" | "time" | "title" | "place" | "note"> & { reminder: string };

const fieldsSchema = agendaInputSchema.pick({
  kind: true,
  date: true,
  time: true,
  title: true,
  place: true,
  note: true,
});

function problems(v: Fields): Record<string, string> {
  const errors: Record<string, string> = {};
  const r = fieldsSchema.safeParse(v);
  if (!r.success) for (const i of r.error.issues) errors[i.path.join(".")] ??= i.message;
  return errors;
}

type Props = {
  siteId: string;
  /** The item being corrected; absent: a new one, on `day`. */
  item?: PkhAgendaRecord;
  day: string;
  onDone: () => void;
};

export function AgendaForm({ siteId, item, day, onDone }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const initial: Fields = item
    ? {
        kind: item.kind,
        date: item.date,
        time: item.time,
        title: item.title,
        place: item.place,
        note: item.note,
        reminder: item.reminder ?? "",
      }
    : { kind: "agenda", date: day, time: "", title: "", place: "", note: "", reminder: "" };
  const draft = useDraftForm<Fields>(
    item ? `pkh-agenda:${item.id}` : `pkh-agenda:new:${siteId}`,
    initial,
    problems,
    item?.rev ?? null,
  );
  const { form } = draft;
  const field = useFields(form);
  const [busy, setBusy] = useState(false);
  if (!draft.ready) return null;
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      const input = { ...v, siteId, reminder: v.reminder || null, done: item?.done ?? false };
      if (item) await agendaRepo(db).update(actor, item.id, draft.baseRev ?? item.rev, input);
      else await agendaRepo(db).create(actor, input);
      await draft.discard();
      notifications.show({ color: "green", message: t("pkh.agenda.saved") });
      onDone();
    } catch (e) {
      handleSaveError(t, form, e, () => void draft.discard());
    } finally {
      setBusy(false);
    }
  });
  return (
    <Paper withBorder p="md" data-testid="agenda-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4}>{item ? t("pkh.agenda.editTitle") : t("pkh.agenda.newTitle")}</Title>
          {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
          <SegmentedControl
            w="fit-content"
            data={agendaKinds.map((k) => ({ value: k, label: t(`pkh.agenda.kind.${k}`) }))}
            {...form.getInputProps("kind")}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label={t("pkh.agenda.date")} withAsterisk {...field("date")} />
            <TextInput label={t("pkh.agenda.time")} placeholder="09:00" {...field("time")} />
            <DateField
              label={t("pkh.agenda.reminder")}
              description={t("pkh.agenda.reminderHint")}
              {...field("reminder")}
            />
          </SimpleGrid>
          <TextInput label={t("pkh.agenda.titleField")} withAsterisk {...field("title")} />
          <TextInput label={t("pkh.agenda.place")} {...field("place")} />
          <Textarea label={t("pkh.agenda.note")} autosize minRows={2} {...field("note")} />
          <Group>
            <Button type="submit" loading={busy}>
              {t("common.save")}
            </Button>
            <Button variant="default" onClick={onDone} disabled={busy}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
