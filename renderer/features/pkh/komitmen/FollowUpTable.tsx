// Why: the households the pendamping must follow up for the month (a member not compliant), with how many months in a
// row and the consequence the settings' ladder gives, the heaviest first.
import { Badge, Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  followUpList,
  verifyMemberMonth,
  type CommitmentRules,
} from "../../../../shared/domain/pkh/commitments";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { useOffice } from "../../../app/office-context";
import { nonCompliantMonths } from "../../../db/repositories/pkh/commitments";
import type { MonthView } from "./load-month";
import { reasonText } from "./reason";

const consequenceColor = { peringatan: "yellow", penangguhan: "orange", pembatalan: "red" } as const;

export function FollowUpTable({
  view,
  month,
  rules,
}: {
  view: MonthView;
  month: string;
  rules: CommitmentRules;
}) {
  const { t } = useTranslation();
  const office = useOffice();
  const verified = view.stored.map((v) => ({
    householdId: v.householdId,
    memberId: v.memberId,
    outcome: verifyMemberMonth(v.data, month, rules),
  }));
  const rows = followUpList(
    verified,
    month,
    nonCompliantMonths(view.history, pkhSettingsOf(office).commitments),
    rules,
  );
  const household = new Map(view.households.map((h) => [h.household.id, h]));
  return (
    <Paper withBorder p="md" data-testid="commitment-follow-up">
      <Title order={4} mb="xs">
        {t("pkh.komitmen.followUp")}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("pkh.komitmen.followUpEmpty")}
        </Text>
      ) : (
        <Table fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("pkh.komitmen.kpm")}</Table.Th>
              <Table.Th>{t("pkh.komitmen.why")}</Table.Th>
              <Table.Th ta="center">{t("pkh.komitmen.months")}</Table.Th>
              <Table.Th>{t("pkh.komitmen.consequence")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const h = household.get(r.householdId);
              return (
                <Table.Tr key={r.householdId} data-testid="commitment-follow-up-row">
                  <Table.Td>{h ? `${h.household.headName} (${h.household.kpmNo})` : r.householdId}</Table.Td>
                  <Table.Td>
                    {r.members.map((m) => (
                      <Text key={m.memberId} size="sm">
                        {h?.members.find((x) => x.id === m.memberId)?.name}:{" "}
                        {reasonText(t, m.reason, m.params)}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td ta="center">{r.consecutiveMonths}</Table.Td>
                  <Table.Td>
                    {r.consequence && (
                      <Badge color={consequenceColor[r.consequence]} miw="max-content">
                        {t(`pkh.code.consequence.${r.consequence}`)}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
