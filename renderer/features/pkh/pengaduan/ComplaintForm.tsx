// Why: a pendamping records a KPM's complaint (who, which category, when received, what it says); what is typed
// survives the screen lock (a draft), and bad input is named at its field with nothing saved.
import { Button, Group, Paper, Select, SimpleGrid, Stack, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { todayIn } from "../../../../shared/domain/dates";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { DateField } from "../../../app/DateField";
import { DraftRestored } from "../../../app/DraftRestored";
import { useFields } from "../../../app/fields";
import { tKey } from "../../../app/messages";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { db } from "../../../db/instance";
import { complaintsRepo } from "../../../db/repositories/pkh/complaints";
import { KpmPicker } from "../carian/KpmPicker";
import { pkhCategoryLabel } from "./category-label";

type Fields = { kpmId: string; category: string; receivedDate: string; description: string };

function problems(v: Fields): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.kpmId) errors.kpmId = "v.pkh.kpmUnknown";
  if (!v.category) errors.category = "v.required";
  if (!v.receivedDate) errors.receivedDate = "v.required";
  if (!v.description.trim()) errors.description = "v.required";
  return errors;
}

type Props = { siteId: string; kpmId?: string; onDone: (id: string | null) => void };

export function ComplaintForm({ siteId, kpmId, onDone }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const categories = pkhSettingsOf(office).complaints.categories;
  const draft = useDraftForm<Fields>(
    `pkh-aduan:new:${siteId}`,
    { kpmId: kpmId ?? "", category: "", receivedDate: todayIn(), description: "" },
    problems,
  );
  const field = useFields(draft.form);
  const { busy, submit } = useDraftSubmit(draft, async (v) => {
    const saved = await complaintsRepo(db).create(actor, {
      ...v,
      siteId,
      followUps: [],
      resolvedDate: null,
    });
    notifications.show({ color: "green", message: t("pkh.aduan.saved", { refNo: saved.refNo }) });
    return { rev: saved.rev, next: () => onDone(saved.id) };
  });
  if (!draft.ready) return null;
  const { form } = draft;
  return (
    <Paper withBorder p="md" data-testid="complaint-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4}>{t("pkh.aduan.newTitle")}</Title>
          {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
          <KpmPicker
            siteId={siteId}
            label={t("pkh.aduan.kpm")}
            value={form.values.kpmId}
            onChange={(id) => form.setFieldValue("kpmId", id)}
            error={tKey(t, form.errors.kpmId as string | undefined)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("pkh.aduan.category")}
              withAsterisk
              allowDeselect={false}
              data={categories
                .filter((c) => c.active)
                .map((c) => ({ value: c.code, label: pkhCategoryLabel(t, categories, c.code) }))}
              {...field("category")}
            />
            <DateField label={t("pkh.aduan.receivedDate")} withAsterisk {...field("receivedDate")} />
          </SimpleGrid>
          <Textarea
            label={t("pkh.aduan.description")}
            withAsterisk
            autosize
            minRows={3}
            {...field("description")}
          />
          <Group>
            <Button type="submit" loading={busy}>
              {t("common.save")}
            </Button>
            <Button variant="default" onClick={() => onDone(null)} disabled={busy}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
