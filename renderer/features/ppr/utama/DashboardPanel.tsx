// Why: what needs attention now (open cases, checks due, follow-ups) and the year's work, each figure opening the register behind it.
import { Card, Group, Paper, SimpleGrid, Text, Title, UnstyledButton } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { db } from "../../../db/instance";
import { dashboard } from "../../../db/dashboard";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { formatDate } from "../../../app/format";

const CasesChart = lazy(() => import("./CasesChart"));

function Figure({ label, value, to, testId }: { label: string; value: number; to: string; testId: string }) {
  const navigate = useNavigate();
  return (
    <UnstyledButton onClick={() => navigate(to)} data-testid={testId}>
      <Card withBorder padding="sm">
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {label}
        </Text>
        <Text size="xl" fw={700} data-testid={`${testId}-value`}>
          {value}
        </Text>
      </Card>
    </UnstyledButton>
  );
}

export function DashboardPanel() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(() => dashboard(db, actor), [actor]);
  if (live.loading || live.error) return null;
  const d = live.data;
  const { until } = d.followUps;
  const total = d.months.reduce(
    (s, m) =>
      s +
      Object.entries(m).reduce(
        (x, [k, v]) => (typeof v === "number" && !["month", "from", "to"].includes(k) ? x + v : x),
        0,
      ),
    0,
  );
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <Figure
          label={t("code.caseStatus.baru")}
          value={d.openByStatus.baru}
          to="/buku-rekod?status=baru"
          testId="fig-baru"
        />
        <Figure
          label={t("code.caseStatus.dalam-tindakan")}
          value={d.openByStatus["dalam-tindakan"]}
          to="/buku-rekod?status=dalam-tindakan"
          testId="fig-dalam-tindakan"
        />
        <Figure
          label={t("code.caseStatus.dirujuk")}
          value={d.openByStatus.dirujuk}
          to="/buku-rekod?status=dirujuk"
          testId="fig-dirujuk"
        />
        <Figure
          label={t("home.referralsDue")}
          value={d.referralsDue}
          to="/semakan"
          testId="fig-referrals-due"
        />
        <Figure
          label={t("home.followUpsDue", { date: formatDate(until) })}
          value={d.followUps.count}
          to={`/buku-rekod?susulan=${until}`}
          testId="fig-follow-ups"
        />
      </SimpleGrid>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Title order={5}>{t("home.chartTitle")}</Title>
          <Text size="sm" c="dimmed">
            {t("home.chartTotal", { count: total })}
          </Text>
        </Group>
        <Suspense fallback={<div style={{ height: 260 }} />}>
          <CasesChart months={d.months} />
        </Suspense>
      </Paper>
    </>
  );
}
