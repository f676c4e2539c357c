// Why: the complaints counter: the complainant, the category and what was said, registered with its number at once
// (kpn/aduan's registerComplaint), then the slip to print for the complainant; typed words are kept as a draft.
import {
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { activeCategories, complaintSettingsOf } from "../../../../shared/domain/kpn/complaint-settings";
import { DraftRestored } from "../../../app/DraftRestored";
import { useFields } from "../../../app/fields";
import { notifySaved } from "../../../app/messages";
import { useOffice } from "../../../app/office-context";
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
import { categoryLabel } from "../aduan/category-label";
import { ComplaintSlip } from "../aduan/ComplaintSlip";

const formSchema = complaintEntrySchema.omit({ tourId: true, checkpointId: true });
type Values = {
  name: string;
  contact: string;
  mykad: string;
  category: string;
  description: string;
  sensitive: boolean;
};
const empty: Values = { name: "", contact: "", mykad: "", category: "", description: "", sensitive: false };

export function ComplaintCounter({ checkpoint }: { checkpoint: CheckpointRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const settings = complaintSettingsOf(office);
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
        <form onSubmit={submit} noValidate onKeyDown={getHotkeyHandler([["mod+Enter", () => void submit()]])}>
          <Stack gap="sm">
            {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
            <TextInput size="md" label={t("kpnAduan.name")} withAsterisk autoFocus {...field("name")} />
            <SimpleGrid cols={2}>
              <TextInput size="md" label={t("kpnAduan.contact")} {...field("contact")} />
              <TextInput
                size="md"
                label={t("kpnAduan.mykad")}
                description={t("kpnAduan.optional")}
                {...field("mykad")}
              />
            </SimpleGrid>
            <Select
              key={round}
              size="md"
              label={t("kpnAduan.category")}
              withAsterisk
              searchable
              selectFirstOptionOnChange
              data={activeCategories(settings).map((c) => ({
                value: c.code,
                label: categoryLabel(t, settings, c.code),
              }))}
              {...field("category")}
            />
            <Textarea
              size="md"
              label={t("kpnAduan.description")}
              withAsterisk
              autosize
              minRows={3}
              {...field("description")}
            />
            <Checkbox
              label={t("kpnAduan.sensitive")}
              description={t("kpnAduan.sensitiveHint")}
              {...field("sensitive", { type: "checkbox" })}
            />
            <Group>
              <Button type="submit" size="lg" loading={busy} data-testid="save-complaint">
                {t("kpnLawatan.complaints.save")}
              </Button>
              <Text size="xs" c="dimmed">
                Ctrl+Enter
              </Text>
            </Group>
          </Stack>
        </form>
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
