// Why: on a KPM's page, what each prepared stage expected for the household and what came of it.
import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { parseStageId } from "../../../../shared/domain/pkh/benefits";
import { rupiah } from "../../../../shared/reports/frame/text";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { paymentsOfHousehold } from "../../../db/repositories/pkh/payments";
import { PaymentState } from "./PaymentState";

export function PaymentHistory({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(() => paymentsOfHousehold(db, actor, householdId), [actor, householdId]);
  if (live.loading || live.error) return null;
  return (
    <Paper withBorder p="md" data-testid="payment-history">
      <Title order={4} mb="xs">
        {t("pkh.bayar.history")}
      </Title>
      {live.data.length === 0 && (
        <Text c="dimmed" size="sm">
          {t("pkh.bayar.historyEmpty")}
        </Text>
      )}
      <Stack gap="sm">
        {live.data.map((p) => {
          const s = parseStageId(p.stageId)!;
          return (
            <div key={p.id}>
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm">
                  {t("pkh.bayar.stageLabel", { stage: s.stage, year: s.year })}
                </Text>
                <PaymentState received={p.received} />
              </Group>
              <Text size="sm">
                {t("pkh.bayar.expected")}: {rupiah(p.expected)}
                {p.received !== null && ` · ${t("pkh.bayar.amountReceived")}: ${rupiah(p.amountReceived)}`}
              </Text>
              {p.reason && (
                <Text size="sm" c="dimmed">
                  {p.reason}
                </Text>
              )}
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
