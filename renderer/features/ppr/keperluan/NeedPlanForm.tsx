// Why: a need and its action plan are one form with one Save, so nothing typed in one part is left behind by saving the other.
import { Badge, Button, Card, Group, Paper, Stack, Title } from "@mantine/core";
import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { NeedInput } from "../../../../shared/domain/community";
import { needSchema } from "../../../../shared/domain/community";
import type { ActionPlanRecord, NeedRecord, ProgrammeRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { needsRepo } from "../../../db/repositories/community";
import { DraftRestored } from "../../../app/DraftRestored";
import { handleSaveError, showFieldErrors } from "../../../app/fields";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { inputOf } from "../perjumpaan/record-input";
import { PlanFields, savePlan, usePlanDraft } from "./ActionPlanForm";
import { NeedFields } from "./NeedForm";

type Props = {
  need: NeedRecord;
  plan: ActionPlanRecord | undefined;
  programmes: ProgrammeRecord[];
  readOnly: boolean;
  extraActions?: ReactNode;
};

export function NeedPlanForm({ need, plan, programmes, readOnly, extraActions }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const needDraft = useDraftForm<NeedInput>(
    `need:${need.id}`,
    inputOf<NeedInput>(need),
    needSchema,
    need.rev,
  );
  const planDraft = usePlanDraft(need, plan);
  const [busy, setBusy] = useState(false);
  if (!needDraft.ready || !planDraft.ready) return null;

  // A plan is written when it exists or something was typed into it; the need when it was changed.
  const planTouched = () => !!plan || planDraft.form.isDirty();
  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    const needBad = needDraft.form.validate().hasErrors;
    const planBad = planTouched() && planDraft.form.validate().hasErrors;
    if (needBad || planBad) return;
    const writeNeed = needDraft.form.isDirty();
    const writePlan = planTouched() && (planDraft.form.isDirty() || !plan);
    if (!writeNeed && !writePlan) return notifySaved(t);
    setBusy(true);
    try {
      const saved = await db.transaction(
        "rw",
        [db.needs, db.actionPlans, db.programmes, db.audit, db.users],
        async () => ({
          need: writeNeed
            ? await needsRepo(db).update(
                actor,
                need.id,
                needDraft.baseRev ?? need.rev,
                needDraft.form.getValues(),
              )
            : null,
          plan: writePlan ? await savePlan(actor, plan, planDraft.form.getValues(), planDraft.baseRev) : null,
        }),
      );
      if (saved.need) await needDraft.saved(saved.need.rev);
      if (saved.plan) await planDraft.saved(saved.plan.rev);
      notifySaved(t, saved.plan && !plan ? t("keperluan.plan.saved") : undefined);
    } catch (err) {
      // A refusal names its field on the part it belongs to; a conflict offers the stored versions of both.
      if (showFieldErrors(planDraft.form, err)) showFieldErrors(needDraft.form, err);
      else
        handleSaveError(t, needDraft.form, err, () => {
          void needDraft.discard();
          void planDraft.discard();
        });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void save(e)} noValidate data-testid="need-form">
      <Stack>
        {(needDraft.restored || planDraft.restored) && (
          <DraftRestored
            onDiscard={() => {
              void needDraft.discard();
              void planDraft.discard();
            }}
          />
        )}
        <Paper withBorder p="md">
          <NeedFields form={needDraft.form} siteId={need.siteId} readOnly={readOnly} />
        </Paper>
        <Card withBorder data-testid="action-plan">
          <Group justify="space-between" mb="xs">
            <Title order={4}>{t("keperluan.plan.title")}</Title>
            {!plan && (
              <Badge color="orange" variant="light" data-testid="no-plan">
                {t("keperluan.plan.none")}
              </Badge>
            )}
          </Group>
          <PlanFields form={planDraft.form} programmes={programmes} readOnly={readOnly} />
        </Card>
        {!readOnly && (
          <Group>
            <Button type="submit" loading={busy}>
              {t("common.save")}
            </Button>
            {extraActions}
          </Group>
        )}
      </Stack>
    </form>
  );
}
