// Why: the figures a PKMD decides on, always computed the same way: household income and per capita against the PGK in force.
import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { assessIncome, rateOn, type InvestigationInput, type RateInput } from "../../../../shared/domain/aid";
import { isValidIsoDate } from "../../../../shared/domain/dates";
import { can } from "../../../../shared/domain/roles";
import { formatDate } from "../../../app/format";
import { useActor } from "../../../app/session";
import { formatMoney, numberOr0 } from "./format";

type Props = {
  /** The investigation's values; while a form is being typed in, numbers may still be "". */
  values: Pick<InvestigationInput, "members" | "expenses" | "date">;
  rates: readonly RateInput[];
};

export function IncomeSummary({ values, rates }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const clean = {
    date: values.date,
    members: values.members.map((m) => ({ ...m, income: numberOr0(m.income) })),
    expenses: values.expenses.map((e) => ({ ...e, amount: numberOr0(e.amount) })),
  };
  const a = assessIncome(clean, rates);
  const pgkRate = isValidIsoDate(values.date) ? rateOn(rates, "PGK", values.date) : null;
  // A negative amount will be refused on save: no figure or PGK verdict is drawn from it meanwhile.
  const negative = (v: unknown) => typeof v === "number" && v < 0;
  const badIncome = values.members.some((m) => negative(m.income));
  const badExpense = values.expenses.some((e) => negative(e.amount));
  const money = (value: number, bad: boolean) => (bad ? "—" : formatMoney(value));

  const figure = (label: string, value: string, testId: string) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );

  return (
    <Paper withBorder p="md" bg="gray.0" data-testid="income-summary">
      <Stack gap="sm">
        <Title order={5}>{t("siasatan.summary.title")}</Title>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {figure(t("siasatan.summary.householdIncome"), money(a.householdIncome, badIncome), "sum-income")}
          {figure(t("siasatan.summary.members"), String(a.members), "sum-members")}
          {figure(t("siasatan.summary.perCapita"), money(a.perCapita, badIncome), "sum-per-capita")}
          {figure(t("siasatan.summary.expenses"), money(a.expenses, badExpense), "sum-expenses")}
        </SimpleGrid>
        {badIncome || badExpense ? (
          <Text size="sm" c="dimmed" data-testid="sum-invalid">
            {t("siasatan.summary.invalid")}
          </Text>
        ) : pgkRate && a.againstPgk ? (
          <Group gap="sm" wrap="wrap">
            <Text size="sm">
              {t("siasatan.summary.pgk", { date: formatDate(values.date) })}:{" "}
              <Text span fw={700} data-testid="sum-pgk">
                {formatMoney(pgkRate.amount)}
              </Text>{" "}
              <Text span size="xs" c="dimmed">
                ({t("siasatan.summary.pgkSince", { date: formatDate(pgkRate.effectiveFrom) })})
              </Text>
            </Text>
            <Badge
              size="lg"
              variant="filled"
              color={a.againstPgk === "bawah" ? "orange" : "gray"}
              data-testid="sum-against-pgk"
            >
              {t(`siasatan.summary.${a.againstPgk}`)}
            </Badge>
          </Group>
        ) : (
          <Alert color="yellow" data-testid="sum-no-pgk">
            <Stack gap={4}>
              <Text size="sm">{t("siasatan.summary.noPgk")}</Text>
              {can(actor.role, "rates.manage") ? (
                <Anchor component={Link} to="/tetapan/kadar" size="sm">
                  {t("siasatan.summary.setPgk")}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed">
                  {t("siasatan.summary.askAdmin")}
                </Text>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
