// Why: the pendamping records one household's payment (in a dialog titled with the KPM): received or not, the amount, and why it is missing or
// different; the rules refuse an amount above the expected one without a reason, and nothing is half-saved.
import { Button, Group, NumberInput, SegmentedControl, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { paymentRecordSchema } from "../../../../shared/domain/pkh/payments";
import { withoutMeta } from "../../../../shared/domain/record";
import { rupiah } from "../../../../shared/reports/frame/text";
import { DraftRestored } from "../../../app/DraftRestored";
import { useFields } from "../../../app/fields";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { db } from "../../../db/instance";
import type { PkhPaymentRecord } from "../../../db/pkh-tables";
import { recordPayment } from "../../../db/repositories/pkh/payments";

type Fields = { outcome: "received" | "notReceived"; amountReceived: number | string; reason: string };

const toEntry = (v: Fields) => ({
  received: v.outcome === "received",
  amountReceived: typeof v.amountReceived === "number" ? v.amountReceived : Number.NaN,
  reason: v.reason,
});

export function PaymentForm({ payment, onDone }: { payment: PkhPaymentRecord; onDone: () => void }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const problems = (v: Fields): Record<string, string> => {
    const r = paymentRecordSchema.safeParse({ ...withoutMeta(payment), ...toEntry(v) });
    const errors: Record<string, string> = {};
    if (!r.success) for (const i of r.error.issues) errors[i.path.join(".")] ??= i.message;
    return errors;
  };
  const draft = useDraftForm<Fields>(
    `pkh-bayar:${payment.id}`,
    {
      outcome: payment.received === false ? "notReceived" : "received",
      amountReceived: payment.received === null ? payment.expected : payment.amountReceived,
      reason: payment.reason,
    },
    problems,
    payment.rev,
  );
  const { form } = draft;
  const field = useFields(form);
  const { busy, submit } = useDraftSubmit(draft, async (v, baseRev) => {
    const saved = await recordPayment(db, actor, payment.id, baseRev ?? payment.rev, toEntry(v));
    notifications.show({ color: "green", message: t("pkh.bayar.recorded", { name: payment.headName }) });
    return { rev: saved.rev, next: onDone };
  });
  if (!draft.ready) return null;
  return (
    <form onSubmit={submit} noValidate data-testid="payment-form">
      <Stack gap="sm">
        <Text size="sm">{t("pkh.bayar.formExpected", { amount: rupiah(payment.expected) })}</Text>
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        <SegmentedControl
          w="fit-content"
          aria-label={t("pkh.bayar.outcome")}
          data={[
            { value: "received", label: t("pkh.bayar.state.received") },
            { value: "notReceived", label: t("pkh.bayar.state.notReceived") },
          ]}
          {...form.getInputProps("outcome")}
          onChange={(value) => {
            form.setFieldValue("outcome", value as Fields["outcome"]);
            form.setFieldValue("amountReceived", value === "received" ? payment.expected : 0);
          }}
        />
        <NumberInput
          label={t("pkh.bayar.amountReceived")}
          prefix="Rp "
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          allowNegative={false}
          w={240}
          {...field("amountReceived")}
        />
        <Textarea
          label={t("pkh.bayar.reason")}
          description={t("pkh.bayar.reasonHint")}
          autosize
          minRows={2}
          {...field("reason")}
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
  );
}
