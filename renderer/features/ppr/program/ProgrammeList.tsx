// Why: a month's programmes of a site as a table: when, what, which 5P, how, how many came, where it stands.
import { Anchor, Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProgrammeRecord } from "../../../db/app-db";
import { programmeDates, programmeStatusColor } from "./labels";

export function ProgrammeList({ programmes }: { programmes: ProgrammeRecord[] }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder striped fz="sm" data-testid="programme-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={190}>{t("program.dates")}</Table.Th>
          <Table.Th>{t("program.titleField")}</Table.Th>
          <Table.Th w={130}>{t("program.category")}</Table.Th>
          <Table.Th w={190}>{t("program.method")}</Table.Th>
          <Table.Th w={90} ta="right">
            {t("program.participants.short")}
          </Table.Th>
          <Table.Th w={160}>{t("program.status")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {programmes.map((p) => (
          <Table.Tr key={p.id} data-testid="programme-row">
            <Table.Td>{programmeDates(p)}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/program/${p.id}`} fw={600}>
                {p.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {p.venue}
              </Text>
            </Table.Td>
            <Table.Td>{t(`program.categories.${p.category}`)}</Table.Td>
            <Table.Td>{t(`program.methods.${p.method}`)}</Table.Td>
            <Table.Td ta="right">{p.participants.total}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={programmeStatusColor(p.status)}>
                {t(`program.statuses.${p.status}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
