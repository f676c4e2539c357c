// Why: a need in the register: the problem, the evidence for it, who raised it (a meeting), how urgent it is and where it stands.
import { Button, Group, Select, SimpleGrid, Stack, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  needPriorities,
  needSchema,
  needStatuses,
  type NeedInput,
} from "../../../../shared/domain/community";
import { useFields } from "../../../app/fields";
import { formatDate } from "../../../app/format";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit, type SaveResult } from "../../../app/use-draft-submit";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { DraftRestored } from "../../../app/DraftRestored";
import { meetingsOf } from "./needs-data";

type Props = {
  draftKey: string;
  initial: NeedInput;
  rev: number | null;
  readOnly?: boolean;
  submitLabel: string;
  onSave: (values: NeedInput, baseRev: number | null) => Promise<SaveResult>;
  extraActions?: ReactNode;
};

export function NeedForm({ draftKey, initial, rev, readOnly, submitLabel, onSave, extraActions }: Props) {
  const draft = useDraftForm<NeedInput>(draftKey, initial, needSchema, rev);
  const { busy, submit } = useDraftSubmit(draft, onSave);
  if (!draft.ready) return null;
  return (
    <form onSubmit={submit} noValidate data-testid="need-form">
      <Stack>
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        <NeedFields form={draft.form} siteId={initial.siteId} readOnly={readOnly} />
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

/** The need's own fields, for a form that saves them (alone, or with the need's action plan). */
export function NeedFields({
  form,
  siteId,
  readOnly,
}: {
  form: UseFormReturnType<NeedInput>;
  siteId: string;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const field = useFields(form);
  const meetings = useLive(() => meetingsOf(db, siteId), [siteId]);
  const meetingOptions = (meetings.loading || meetings.error ? [] : meetings.data).map((m) => ({
    value: m.id,
    label: `${formatDate(m.date)} · ${t(`perjumpaan.types.${m.type}`)} · ${m.venue}`,
  }));
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Textarea
          label={t("keperluan.problem")}
          withAsterisk
          autosize
          minRows={2}
          readOnly={readOnly}
          {...field("problem")}
        />
        <Textarea
          label={t("keperluan.evidence")}
          description={t("keperluan.evidenceHint")}
          autosize
          minRows={2}
          readOnly={readOnly}
          {...field("evidence")}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t("keperluan.priorityLabel")}
          withAsterisk
          allowDeselect={false}
          readOnly={readOnly}
          data={needPriorities.map((p) => ({ value: p, label: t(`keperluan.priority.${p}`) }))}
          {...field("priority")}
        />
        <Select
          label={t("keperluan.statusLabel")}
          withAsterisk
          allowDeselect={false}
          readOnly={readOnly}
          data={needStatuses.map((s) => ({ value: s, label: t(`keperluan.status.${s}`) }))}
          {...field("status")}
        />
        <Select
          label={t("keperluan.raisedIn")}
          placeholder={t("keperluan.raisedInNone")}
          clearable
          searchable
          readOnly={readOnly}
          data={meetingOptions}
          {...field("raisedInMeetingId")}
        />
      </SimpleGrid>
    </>
  );
}
