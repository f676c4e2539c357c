// Why: a submitted or decided investigation reads like the printed Laporan Siasatan; nobody can change it any more.
import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { orderMembers, type RateInput } from "../../../../shared/domain/aid";
import { formatDate } from "../../../app/format";
import type { InvestigationRecord } from "../../../db/app-db";
import { formatMoney } from "./format";
import { IncomeSummary } from "./IncomeSummary";

export function Detail({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId} style={{ whiteSpace: "pre-wrap" }}>
        {children || "—"}
      </Text>
    </Stack>
  );
}

type Props = {
  inv: InvestigationRecord;
  rates: readonly RateInput[];
  applicant?: { id: string; docNo: string };
};

export function InvestigationView({ inv, rates, applicant }: Props) {
  const { t } = useTranslation();
  const members = orderMembers(inv.members, { personId: applicant?.id, docNo: applicant?.docNo });
  return (
    <Stack gap="lg" data-testid="investigation-view">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Detail label={t("siasatan.scheme")}>{t(`siasatan.schemeName.${inv.scheme}`)}</Detail>
        <Detail label={t("siasatan.date")}>{formatDate(inv.date)}</Detail>
      </SimpleGrid>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={5}>{t("siasatan.household")}</Title>
          <Table withTableBorder striped data-testid="members-view">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={30}>#</Table.Th>
                <Table.Th>{t("siasatan.member.name")}</Table.Th>
                <Table.Th>{t("siasatan.member.relationship")}</Table.Th>
                <Table.Th>{t("siasatan.member.docNo")}</Table.Th>
                <Table.Th>{t("siasatan.member.age")}</Table.Th>
                <Table.Th>{t("siasatan.member.occupation")}</Table.Th>
                <Table.Th ta="right">{t("siasatan.member.incomeShort")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{t(`code.relationship.${m.relationship}`)}</Table.Td>
                  <Table.Td>{m.docNo || "—"}</Table.Td>
                  <Table.Td>{m.age}</Table.Td>
                  <Table.Td>{m.occupation || "—"}</Table.Td>
                  <Table.Td ta="right">{formatMoney(m.income)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={5}>{t("siasatan.expenses")}</Title>
          {inv.expenses.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("siasatan.expense.none")}
            </Text>
          ) : (
            <Table withTableBorder striped maw={640}>
              <Table.Tbody>
                {inv.expenses.map((e, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{e.item}</Table.Td>
                    <Table.Td ta="right" w={160}>
                      {formatMoney(e.amount)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>

      <IncomeSummary values={inv} rates={rates} />

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={5}>{t("siasatan.visit")}</Title>
          <Detail label={t("siasatan.visitDate")}>{formatDate(inv.visitDate)}</Detail>
          <Detail label={t("siasatan.findings")}>{inv.findings}</Detail>
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={5}>{t("siasatan.recommendationTitle")}</Title>
          <Group gap="xl">
            <Detail label={t("siasatan.recommendation")} testId="recommendation-view">
              {inv.recommendation ? t(`siasatan.recommend.${inv.recommendation}`) : ""}
            </Detail>
            {inv.recommendation === "lulus" && (
              <>
                <Detail label={t("siasatan.recommendedScheme")}>
                  {inv.recommendedScheme ? t(`siasatan.schemeName.${inv.recommendedScheme}`) : ""}
                </Detail>
                <Detail label={t("siasatan.recommendedAmountShort")}>
                  {t("siasatan.perMonth", { amount: formatMoney(inv.recommendedAmount) })}
                </Detail>
              </>
            )}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
