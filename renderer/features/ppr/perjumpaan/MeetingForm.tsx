// Why: the particulars of a meeting (day and start time, what kind, where, who came, agenda, minutes, decisions), for a new meeting and an old one alike.
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { meetingTypes, type MeetingInput } from "../../../../shared/domain/community";
import { DateField } from "../../../app/DateField";
import { useFields } from "../../../app/fields";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit, type SaveResult } from "../../../app/use-draft-submit";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { DraftRestored } from "../../../app/DraftRestored";
import { AttendeesField } from "./AttendeesField";
import { meetingFormSchema } from "./form-schemas";

type Props = {
  draftKey: string;
  initial: MeetingInput;
  rev: number | null;
  readOnly?: boolean;
  submitLabel: string;
  onSave: (values: MeetingInput, baseRev: number | null) => Promise<SaveResult>;
  extraActions?: ReactNode;
};

export function MeetingForm({ draftKey, initial, rev, readOnly, submitLabel, onSave, extraActions }: Props) {
  const { t } = useTranslation();
  const draft = useDraftForm<MeetingInput>(draftKey, initial, meetingFormSchema, rev);
  const { form } = draft;
  const field = useFields(form);
  const { busy, submit } = useDraftSubmit(draft, onSave);
  const stakeholders = useLive(
    () =>
      db.stakeholders
        .where("siteId")
        .equals(initial.siteId)
        .filter((s) => !s.deletedAt)
        .sortBy("name"),
    [initial.siteId],
  );
  if (!draft.ready) return null;
  const attendees = field("attendees");
  return (
    <form onSubmit={submit} noValidate data-testid="meeting-form">
      <Stack>
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <DateField
            label={t("perjumpaan.date")}
            withAsterisk
            clearable={!readOnly}
            readOnly={readOnly}
            {...field("date")}
          />
          {/* Typed as the office writes it, 24-hour (20:30), whatever the browser's locale would show. */}
          <TextInput
            label={t("perjumpaan.time")}
            withAsterisk
            placeholder={t("perjumpaan.timePlaceholder")}
            maxLength={5}
            inputMode="numeric"
            readOnly={readOnly}
            {...field("time")}
          />
          <Select
            label={t("perjumpaan.type")}
            withAsterisk
            allowDeselect={false}
            readOnly={readOnly}
            data={meetingTypes.map((m) => ({ value: m, label: t(`perjumpaan.types.${m}`) }))}
            {...field("type")}
          />
          <TextInput label={t("perjumpaan.venue")} withAsterisk readOnly={readOnly} {...field("venue")} />
        </SimpleGrid>
        <AttendeesField
          value={form.getValues().attendees}
          onChange={(v) => form.setFieldValue("attendees", v)}
          stakeholders={stakeholders.loading || stakeholders.error ? [] : stakeholders.data}
          siteId={initial.siteId}
          readOnly={readOnly}
          error={attendees.error}
        />
        <Textarea
          label={t("perjumpaan.agenda")}
          autosize
          minRows={2}
          readOnly={readOnly}
          {...field("agenda")}
        />
        <Textarea
          label={t("perjumpaan.minutes")}
          autosize
          minRows={5}
          readOnly={readOnly}
          {...field("minutes")}
        />
        <Textarea
          label={t("perjumpaan.decisions")}
          description={t("perjumpaan.decisionsHint")}
          autosize
          minRows={2}
          readOnly={readOnly}
          {...field("decisions")}
        />
        {!readOnly && (
          <Group>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
            {extraActions}
          </Group>
        )}
      </Stack>
    </form>
  );
}
