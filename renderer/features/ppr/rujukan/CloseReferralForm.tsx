// Why: closing a referral needs its outcome; the data layer then notes it on the case and moves the case on from "Dirujuk".
import { Button, Group, Stack, Textarea } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { todayIn } from "../../../../shared/domain/dates";
import { closeReferralFields, type CloseReferralInput } from "../../../../shared/domain/referral";
import type { ReferralRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { closeReferral } from "../../../db/repositories/referrals";
import { DateField } from "../../../app/DateField";
import { useFields } from "../../../app/fields";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { DraftRestored } from "../../../app/DraftRestored";
import { firstIssuePerField } from "./form-schema";

const closeSchema = firstIssuePerField(closeReferralFields);

type Props = { referral: ReferralRecord; onDone: () => void };

export function CloseReferralForm({ referral, onDone }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const today = todayIn();
  const initial = useMemo<CloseReferralInput>(() => ({ outcome: "", date: today }), [today]);
  const draft = useDraftForm<CloseReferralInput>(`rujukan:close:${referral.id}`, initial, closeSchema);
  const { form } = draft;
  const field = useFields(form);
  const { busy, submit } = useDraftSubmit(draft, async (values) => {
    await closeReferral(db, actor, referral.id, values);
    return {
      next: () => {
        notifySaved(t, t("rujukan.closeSaved"));
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
    <form onSubmit={submit} noValidate data-testid="close-form">
      <Stack gap="xs">
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        <Textarea
          label={t("rujukan.outcome")}
          description={t("rujukan.outcomeHint")}
          withAsterisk
          autosize
          minRows={2}
          {...field("outcome")}
        />
        <DateField label={t("rujukan.closedDate")} withAsterisk maxDate={today} w={180} {...field("date")} />
        <Group gap="xs">
          <Button type="submit" color="dark" loading={busy}>
            {t("rujukan.closeSubmit")}
          </Button>
          <Button variant="default" onClick={() => void cancel()}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
