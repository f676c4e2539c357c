// Why: the PKMD's decision on a submitted investigation: approve with a monthly amount, or not, with a note, final once
// made; or send it back to the officer for correction, saying what to correct.
import { Alert, Button, Group, NumberInput, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { modals } from "@mantine/modals";
import { IconGavel } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { decisionFields, returnFields, type DecisionInput } from "../../../../shared/domain/aid";
import type { InvestigationRecord } from "../../../db/app-db";
import { ValidationError } from "../../../db/errors";
import { db } from "../../../db/instance";
import { decideInvestigation, returnInvestigation } from "../../../db/repositories/investigations";
import { handleSaveError, useFields } from "../../../app/fields";
import { notifyError, notifySaved, tKey } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { formatMoney } from "./format";

/** "kembali": back to the officer for correction instead of a decision. */
type Choice = DecisionInput["decision"] | "kembali";
type DecisionValues = Omit<DecisionInput, "decision"> & { decision: Choice | null };

/** A decision, or a return whose note says what to correct. */
const choiceSchema = decisionFields
  .extend({ decision: z.enum(["lulus", "tidak-lulus", "kembali"], { error: "v.required" }) })
  .superRefine((v, ctx) => {
    if (v.decision !== "kembali") return;
    const note = returnFields.shape.note.safeParse(v.note);
    if (!note.success)
      ctx.addIssue({ code: "custom", path: ["note"], message: note.error.issues[0]!.message });
  });

export function DecisionForm({ inv }: { inv: InvestigationRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const draft = useDraftForm<DecisionValues>(
    `investigation-decision:${inv.id}`,
    { decision: null, amount: inv.recommendedAmount, note: "" },
    choiceSchema,
    inv.rev,
  );
  const { form } = draft;
  const field = useFields(form);
  const [busy, setBusy] = useState(false);
  if (!draft.ready) return null;
  const values = form.values;

  const submit = form.onSubmit(
    (v) => {
      if (v.decision === "lulus" && v.amount === null) {
        form.setFieldError("amount", "v.required");
        return;
      }
      const summary =
        v.decision === "kembali"
          ? t("siasatan.decide.confirmReturn")
          : v.decision === "lulus"
            ? t("siasatan.decide.confirmLulus", { amount: formatMoney(v.amount) })
            : t("siasatan.decide.confirmTidakLulus");
      modals.openConfirmModal({
        title: t(v.decision === "kembali" ? "siasatan.decide.returnTitle" : "siasatan.decide.confirmTitle"),
        children: <Text size="sm">{summary}</Text>,
        labels: {
          confirm: t(v.decision === "kembali" ? "siasatan.decide.returnSubmit" : "siasatan.decide.submit"),
          cancel: t("common.cancel"),
        },
        onConfirm: async () => {
          setBusy(true);
          try {
            if (v.decision === "kembali") {
              await returnInvestigation(db, actor, inv.id, inv.rev, { note: v.note });
              await draft.saved();
              notifySaved(t, t("siasatan.decide.returned"));
            } else {
              await decideInvestigation(db, actor, inv.id, inv.rev, v as DecisionInput);
              await draft.saved();
              notifySaved(t, t("siasatan.decide.done"));
            }
          } catch (e) {
            handleSaveError(t, form, e, () => void draft.discard());
          } finally {
            setBusy(false);
          }
        },
      });
    },
    () => notifyError(t, new ValidationError({})),
  );

  return (
    <Paper
      withBorder
      p="md"
      data-testid="decision-form"
      style={{ borderColor: "var(--mantine-color-blue-4)" }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4}>{t("siasatan.decide.title")}</Title>
          {draft.restored && <Alert color="blue">{t("draft.restored")}</Alert>}
          <Radio.Group
            label={t("siasatan.decide.decision")}
            withAsterisk
            value={values.decision}
            onChange={(d) => {
              form.setFieldValue("decision", d as Choice);
              form.clearFieldError("decision");
            }}
            error={tKey(t, form.errors.decision as string | undefined)}
          >
            <Group mt={4}>
              <Radio value="lulus" label={t("siasatan.decisionValue.lulus")} />
              <Radio value="tidak-lulus" label={t("siasatan.decisionValue.tidak-lulus")} />
              <Radio value="kembali" label={t("siasatan.decide.return")} />
            </Group>
          </Radio.Group>
          {values.decision === "lulus" && (
            <NumberInput
              label={t("siasatan.decide.amount")}
              withAsterisk
              maw={260}
              decimalScale={2}
              thousandSeparator=","
              hideControls
              value={values.amount ?? ""}
              onChange={(n) => form.setFieldValue("amount", typeof n === "number" ? n : null)}
              error={tKey(t, form.errors.amount as string | undefined)}
            />
          )}
          <Textarea
            label={t(values.decision === "kembali" ? "siasatan.decide.returnNote" : "siasatan.decide.note")}
            withAsterisk={values.decision === "kembali"}
            autosize
            minRows={2}
            {...field("note")}
          />
          <Group>
            <Button type="submit" loading={busy} leftSection={<IconGavel size={16} />}>
              {t("siasatan.decide.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
