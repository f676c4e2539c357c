// Why: the weekly status check of a referral (DOMAIN role 12), one compact form used on the case page and the weekly board.
import { Button, Checkbox, Group, Stack, TextInput, Textarea } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { todayIn } from "../../../../shared/domain/dates";
import { statusCheckFields, type StatusCheckInput } from "../../../../shared/domain/referral";
import type { ReferralRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { recordCheck } from "../../../db/repositories/referrals";
import { DateField } from "../../../app/DateField";
import { useFields } from "../../../app/fields";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { DraftRestored } from "../../../app/DraftRestored";
import { firstIssuePerField } from "./form-schema";

const checkSchema = firstIssuePerField(statusCheckFields);

type Props = {
  referral: ReferralRecord;
  /** Called after a save or a cancel; the caller hides the form. */
  onDone: () => void;
};

export function CheckForm({ referral, onDone }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const today = todayIn();
  const initial = useMemo<StatusCheckInput>(
    () => ({ date: today, contactMade: false, response: "", nextStep: "" }),
    [today],
  );
  const draft = useDraftForm<StatusCheckInput>(`rujukan:check:${referral.id}`, initial, checkSchema);
  const { form } = draft;
  const field = useFields(form);
  const { busy, submit } = useDraftSubmit(draft, async (values) => {
    await recordCheck(db, actor, referral.id, values);
    return {
      next: () => {
        notifySaved(t, t("rujukan.checkSaved"));
        onDone();
      },
    };
  });
  if (!draft.ready) return null;

  const cancel = async () => {
    await draft.discard();
    onDone();
  };

  return (
    <form onSubmit={submit} noValidate data-testid="check-form">
      <Stack gap="xs">
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        <Group align="flex-end" gap="lg">
          <DateField label={t("rujukan.checkDate")} withAsterisk maxDate={today} w={180} {...field("date")} />
          <Checkbox
            label={t("rujukan.contactMade")}
            mb={8}
            data-testid="check-contact"
            {...field("contactMade", { type: "checkbox" })}
          />
        </Group>
        <Textarea
          label={t("rujukan.response")}
          description={t("rujukan.responseHint")}
          withAsterisk
          autosize
          minRows={2}
          data-autofocus
          {...field("response")}
        />
        <TextInput label={t("rujukan.nextStep")} {...field("nextStep")} />
        <Group gap="xs">
          <Button type="submit" loading={busy}>
            {t("common.save")}
          </Button>
          <Button variant="default" onClick={() => void cancel()}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
