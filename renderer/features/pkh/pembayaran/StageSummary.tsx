// Why: a stage's reconciliation at a glance: how many KPM received, did not, or are not recorded yet, and the Rupiah
// expected against received, the difference in red.
import { Group, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReconciliationSummary } from "../../../../shared/domain/pkh/payments";
import { rupiah } from "../../../../shared/reports/frame/text";

function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" c={color}>
        {value}
      </Text>
    </div>
  );
}

export function StageSummary({ summary }: { summary: ReconciliationSummary }) {
  const { t } = useTranslation();
  const gap = summary.totalReceived - summary.totalExpected;
  return (
    <Paper withBorder p="md" data-testid="stage-summary">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t("pkh.bayar.summary")}</Title>
        <Text c={summary.differences ? "red" : "dimmed"} fw={summary.differences ? 600 : 400}>
          {summary.differences
            ? t("pkh.bayar.differences", { count: summary.differences })
            : t("pkh.bayar.noDifferences")}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 7 }}>
        <Figure label={t("pkh.bayar.households")} value={String(summary.householdsExpected)} />
        <Figure label={t("pkh.bayar.received")} value={String(summary.received)} />
        <Figure
          label={t("pkh.bayar.notReceived")}
          value={String(summary.notReceived)}
          color={summary.notReceived ? "red" : undefined}
        />
        <Figure
          label={t("pkh.bayar.notRecorded")}
          value={String(summary.notRecorded)}
          color={summary.notRecorded ? "orange" : undefined}
        />
        <Figure label={t("pkh.bayar.totalExpected")} value={rupiah(summary.totalExpected)} />
        <Figure label={t("pkh.bayar.totalReceived")} value={rupiah(summary.totalReceived)} />
        <Figure label={t("pkh.bayar.totalDifference")} value={rupiah(gap)} color={gap ? "red" : undefined} />
      </SimpleGrid>
    </Paper>
  );
}
