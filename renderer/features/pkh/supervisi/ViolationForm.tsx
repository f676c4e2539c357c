// Why: the koordinator records a pendamping's violation: who, when, which kind (its grade follows from the settings)
// and what happened; a draft survives the screen lock, bad input is named at its field.
import { Button, Group, Paper, Select, SimpleGrid, Stack, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { todayIn } from "../../../../shared/domain/dates";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { DateField } from "../../../app/DateField";
import { DraftRestored } from "../../../app/DraftRestored";
import { useFields } from "../../../app/fields";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { db } from "../../../db/instance";
import { violationsRepo } from "../../../db/repositories/pkh/violations";
import { violationKindLabel } from "./kind-label";
import type { Pendamping } from "./staff";

type Fields = { facilitatorId: string; date: string; kind: string; description: string };

function problems(v: Fields): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const k of ["facilitatorId", "date", "kind"] as const) if (!v[k]) errors[k] = "v.required";
  if (!v.description.trim()) errors.description = "v.required";
  return errors;
}

export function ViolationForm({ pendamping, onDone }: { pendamping: Pendamping[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const kinds = pkhSettingsOf(useOffice()).violationKinds;
  const draft = useDraftForm<Fields>(
    "pkh-pelanggaran:new",
    { facilitatorId: "", date: todayIn(), kind: "", description: "" },
    problems,
  );
  const field = useFields(draft.form);
  const { busy, submit } = useDraftSubmit(draft, async (v) => {
    const who = pendamping.find((p) => p.id === v.facilitatorId)!;
    const saved = await violationsRepo(db).create(actor, {
      ...v,
      siteId: who.siteIds[0],
      grade: kinds.find((k) => k.code === v.kind)?.grade,
      followUps: [],
      closedDate: null,
    });
    notifications.show({ color: "green", message: t("pkh.supervisi.saved") });
    return { rev: saved.rev, next: onDone };
  });
  if (!draft.ready) return null;
  return (
    <Paper withBorder p="md" data-testid="violation-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={5}>{t("pkh.supervisi.addViolation")}</Title>
          {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t("pkh.supervisi.pendamping")}
              withAsterisk
              data={pendamping.map((p) => ({ value: p.id, label: p.name }))}
              {...field("facilitatorId")}
            />
            <DateField label={t("pkh.supervisi.date")} withAsterisk {...field("date")} />
            <Select
              label={t("pkh.supervisi.kind")}
              withAsterisk
              data={kinds
                .filter((k) => k.active)
                .map((k) => ({
                  value: k.code,
                  label: `${violationKindLabel(t, kinds, k.code)} (${t(`pkh.code.grade.${k.grade}`)})`,
                }))}
              {...field("kind")}
            />
          </SimpleGrid>
          <Textarea
            label={t("pkh.supervisi.description")}
            withAsterisk
            autosize
            minRows={2}
            {...field("description")}
          />
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
