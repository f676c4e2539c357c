// Why: a case's timeline read in the user's language (events stored as codes), and a note kept as a draft until it is added.
import { Button, Group, Paper, Select, Text, Textarea, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { officerNoteSchema } from "../../../../shared/domain/case";
import { todayIn } from "../../../../shared/domain/dates";
import type { CaseNoteRecord, CaseRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { addCaseNote } from "../../../db/repositories/cases";
import { DateField } from "../../../app/DateField";
import { useFields } from "../../../app/fields";
import { formatDate } from "../../../app/format";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { entryText } from "./timeline-text";

type Props = {
  caseRecord: CaseRecord;
  notes: CaseNoteRecord[];
  names: Map<string, string>;
  canWrite: boolean;
};

export function CaseTimeline({ caseRecord: c, notes, names, canWrite }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="timeline">
      <Title order={5} mb="sm">
        {t("bukuRekod.timeline")}
      </Title>
      <Timeline bulletSize={14} lineWidth={2}>
        <Timeline.Item title={`${formatDate(c.date)} · ${t("bukuRekod.opened")}`}>
          <Text size="sm">{c.problem}</Text>
        </Timeline.Item>
        {notes.map((n) => (
          <Timeline.Item
            key={n.id}
            data-testid="timeline-entry"
            title={`${formatDate(n.date)} · ${t(`bukuRekod.noteKind.${n.kind}`)}`}
            color={n.kind === "tindakan" ? "teal" : "gray"}
          >
            {entryText(t, n).map((line, i) => (
              <Text size="sm" key={i}>
                {line}
              </Text>
            ))}
            <Text size="xs" c="dimmed">
              {names.get(n.createdBy) ?? ""}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {canWrite && <NoteForm caseRecord={c} />}
    </Paper>
  );
}

type NoteValues = { date: string; kind: "nota" | "tindakan"; text: string };

function NoteForm({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const draft = useDraftForm<NoteValues>(
    `case-note:${caseRecord.id}`,
    { date: todayIn(), kind: "nota", text: "" },
    officerNoteSchema.pick({ date: true, kind: true, text: true }),
  );
  const field = useFields(draft.form);
  const { busy, submit } = useDraftSubmit(draft, async (values) => {
    await addCaseNote(db, actor, caseRecord, values);
    // The form empties (back to today's date and a note) once the note is committed.
    return {
      next: () => {
        void draft.discard();
        notifySaved(t);
      },
    };
  });
  if (!draft.ready) return null;
  return (
    <form onSubmit={submit} noValidate data-testid="note-form">
      <Group mt="md" align="start" wrap="nowrap">
        <DateField size="xs" label={t("bukuRekod.date")} w={150} {...field("date")} />
        <Select
          size="xs"
          label={t("bukuRekod.noteKindLabel")}
          w={130}
          allowDeselect={false}
          data={(["nota", "tindakan"] as const).map((k) => ({
            value: k,
            label: t(`bukuRekod.noteKind.${k}`),
          }))}
          {...field("kind")}
        />
        <Textarea
          size="xs"
          label={t("bukuRekod.noteText")}
          autosize
          minRows={1}
          style={{ flex: 1 }}
          {...field("text")}
        />
        <Button size="xs" mt={22} type="submit" loading={busy}>
          {t("bukuRekod.addNote")}
        </Button>
      </Group>
    </form>
  );
}
