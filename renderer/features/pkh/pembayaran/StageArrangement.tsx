// Why: a stage is arranged before it is paid (the day and the place), prepared from the register (who should receive
// what), and its accompaniment noted after; preparing again follows later changes to the KPM data.
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { stageDate, parseStageId } from "../../../../shared/domain/pkh/benefits";
import { stageRecordSchema, type StageRecord } from "../../../../shared/domain/pkh/payments";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { DateField } from "../../../app/DateField";
import { DraftRestored } from "../../../app/DraftRestored";
import { useFields } from "../../../app/fields";
import { formatDate } from "../../../app/format";
import { notifyError } from "../../../app/messages";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { db } from "../../../db/instance";
import type { PkhStageRecord } from "../../../db/pkh-tables";
import { paymentsRepo, saveStage } from "../../../db/repositories/pkh/payments";

type Fields = { scheduledDate: string; place: string; accompaniedOn: string; notes: string };

const fieldsSchema = stageRecordSchema;

function problems(v: Fields): Record<string, string> {
  const errors: Record<string, string> = {};
  const r = fieldsSchema.safeParse({
    siteId: "x",
    stageId: "2000-I",
    preparedOn: null,
    ...v,
    scheduledDate: v.scheduledDate || null,
    accompaniedOn: v.accompaniedOn || null,
  });
  if (!r.success) for (const i of r.error.issues) errors[i.path.join(".")] ??= i.message;
  return errors;
}

type Props = {
  stage: PkhStageRecord | (StageRecord & { id: null; rev: 0 });
  canWrite: boolean;
};

export function StageArrangement({ stage, canWrite }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const s = parseStageId(stage.stageId)!;
  const on = stageDate(s.year, s.stage);
  const draft = useDraftForm<Fields>(
    `pkh-tahap:${stage.siteId}:${stage.stageId}`,
    {
      scheduledDate: stage.scheduledDate ?? "",
      place: stage.place,
      accompaniedOn: stage.accompaniedOn ?? "",
      notes: stage.notes,
    },
    problems,
  );
  const { form } = draft;
  const field = useFields(form);
  const { busy, submit } = useDraftSubmit(draft, async (v) => {
    const saved = await saveStage(db, actor, stage.siteId, stage.stageId, {
      ...v,
      scheduledDate: v.scheduledDate || null,
      accompaniedOn: v.accompaniedOn || null,
    });
    notifications.show({ color: "green", message: t("pkh.bayar.arrangementSaved") });
    return { rev: saved.rev };
  });
  const [preparing, setPreparing] = useState(false);
  if (!draft.ready) return null;
  const prepare = async () => {
    setPreparing(true);
    try {
      const plan = await paymentsRepo(db).prepare(actor, stage.siteId, stage.stageId, pkhSettingsOf(office));
      notifications.show({
        color: "green",
        message: [
          t("pkh.bayar.prepared", {
            added: plan.add.length,
            repriced: plan.update.length,
            dropped: plan.remove.length,
          }),
          plan.keptRecorded ? t("pkh.bayar.keptRecorded", { count: plan.keptRecorded }) : "",
        ]
          .filter(Boolean)
          .join(" "),
      });
    } catch (e) {
      notifyError(t, e);
    } finally {
      setPreparing(false);
    }
  };
  return (
    <Paper withBorder p="md" data-testid="stage-arrangement">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group justify="space-between" align="start">
            <div>
              <Title order={4}>{t("pkh.bayar.arrangement")}</Title>
              <Text size="sm" c="dimmed" data-testid="stage-prepared">
                {stage.preparedOn
                  ? t("pkh.bayar.preparedOn", {
                      date: formatDate(stage.preparedOn),
                      stageDate: formatDate(on),
                    })
                  : t("pkh.bayar.notPrepared", { stageDate: formatDate(on) })}
              </Text>
            </div>
            {canWrite && (
              <Button
                variant={stage.preparedOn ? "default" : "filled"}
                onClick={() => void prepare()}
                loading={preparing}
              >
                {stage.preparedOn ? t("pkh.bayar.prepareAgain") : t("pkh.bayar.prepare")}
              </Button>
            )}
          </Group>
          {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField
              label={t("pkh.bayar.scheduledDate")}
              disabled={!canWrite}
              {...field("scheduledDate")}
            />
            <TextInput
              label={t("pkh.bayar.place")}
              description={t("pkh.bayar.placeHint")}
              disabled={!canWrite}
              {...field("place")}
            />
            <DateField
              label={t("pkh.bayar.accompaniedOn")}
              description={t("pkh.bayar.accompaniedHint")}
              disabled={!canWrite}
              {...field("accompaniedOn")}
            />
          </SimpleGrid>
          <Textarea
            label={t("pkh.bayar.notes")}
            autosize
            minRows={2}
            disabled={!canWrite}
            {...field("notes")}
          />
          {canWrite && (
            <Group>
              <Button type="submit" variant="light" loading={busy}>
                {t("pkh.bayar.saveArrangement")}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
