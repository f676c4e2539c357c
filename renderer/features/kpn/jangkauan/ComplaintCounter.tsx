// Why: the complaints counter: the complainant, the category and what was said, registered with its number at once
// (kpn/aduan's registerComplaint), then the slip to print for the complainant; typed words are kept as a draft.
import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DraftRestored } from "../../../app/DraftRestored";
import { useFields } from "../../../app/fields";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { useLive } from "../../../app/use-live";
import type { CheckpointRecord, ComplaintRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import {
  complaintEntrySchema,
  complaintsRepo,
  registerComplaint,
} from "../../../db/repositories/kpn/complaints";
import {
  ComplaintEntryFields,
  emptyComplaintEntry,
  type ComplaintEntryValues,
} from "../aduan/ComplaintEntryFields";
import { ComplaintSlip } from "../aduan/ComplaintSlip";
import { CounterForm } from "./CounterForm";

const formSchema = complaintEntrySchema.omit({ tourId: true, checkpointId: true });
type Values = ComplaintEntryValues;
const empty = emptyComplaintEntry;

export function ComplaintCounter({ checkpoint }: { checkpoint: CheckpointRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [saved, setSaved] = useState<ComplaintRecord | null>(null);
  // A searchable select keeps its typed text when its value is cleared: each new complaint gets a fresh one.
  const [round, setRound] = useState(0);
  const taken = useLive(() => complaintsRepo(db).ofCheckpoint(actor, checkpoint.id), [actor, checkpoint.id]);
  const draft = useDraftForm<Values>(`kpn:lawatan:${checkpoint.id}:aduan`, empty, formSchema);
  const field = useFields(draft.form);
  const { busy, submit } = useDraftSubmit(draft, async (values) => {
    const c = await registerComplaint(db, actor, {
      ...values,
      tourId: checkpoint.tourId,
      checkpointId: checkpoint.id,
    });
    return {
      next: () => {
        notifySaved(t, t("kpnLawatan.complaints.registered", { refNo: c.refNo }));
        draft.form.setValues(empty);
        draft.form.resetDirty(empty);
        setSaved(c);
        setRound((n) => n + 1);
      },
    };
  });
  if (!draft.ready) return null;
  const count = taken.loading || taken.error ? 0 : taken.data.length;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t("kpnLawatan.complaints.title")}</Title>
          <Text c="dimmed" data-testid="complaint-count">
            {t("kpnLawatan.complaints.count", { count })}
          </Text>
        </Group>
        <CounterForm
          submit={submit}
          busy={busy}
          label={t("kpnLawatan.complaints.save")}
          testId="save-complaint"
        >
          {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
          <ComplaintEntryFields field={field} size="md" autoFocus categoryKey={round} />
        </CounterForm>
      </Paper>
      {saved && (
        <Stack gap="xs" data-testid="counter-slip">
          <Title order={3} data-testid="complaint-refno">
            {saved.refNo}
          </Title>
          <ComplaintSlip complaint={saved} />
        </Stack>
      )}
    </SimpleGrid>
  );
}
