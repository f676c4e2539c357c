// Why: the KPM absent from a wilayah's recent sessions, for the pendamping's follow-up (alfa first).
import { Anchor, Badge, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { P2k2Module } from "../../../../shared/domain/pkh/p2k2";
import { formatDate } from "../../../app/format";
import type { FollowUp } from "../../../db/repositories/pkh/p2k2";

const COLOR = { alfa: "red", izin: "yellow", sakit: "blue", hadir: "green" } as const;

type Props = {
  rows: readonly FollowUp[];
  groupName: ReadonlyMap<string, string>;
  curriculum: readonly P2k2Module[];
};

export function Absentees({ rows, groupName, curriculum }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>{t("pkh.p2k2.absent.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("pkh.p2k2.absent.intro")}
        </Text>
        {rows.length === 0 ? (
          <Text c="dimmed">{t("pkh.p2k2.absent.none")}</Text>
        ) : (
          <Table withTableBorder striped data-testid="p2k2-absent">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("pkh.p2k2.absent.kpm")}</Table.Th>
                <Table.Th>{t("pkh.p2k2.attendance.status")}</Table.Th>
                <Table.Th>{t("pkh.p2k2.absent.session")}</Table.Th>
                <Table.Th>{t("pkh.p2k2.col.group")}</Table.Th>
                <Table.Th>{t("pkh.p2k2.attendance.note")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={`${r.session.id}:${r.kpm.id}`} data-testid="p2k2-absent-row">
                  <Table.Td>
                    <Text fw={600}>{r.kpm.name}</Text>
                    <Text size="xs">{r.kpm.kpmNo}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={COLOR[r.status]}>
                      {t(`pkh.p2k2.status.${r.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/p2k2/${r.session.id}`}>
                      {formatDate(r.session.date)}
                    </Anchor>
                    <Text size="xs">
                      {curriculum.find((m) => m.code === r.session.moduleCode)?.name ?? r.session.moduleCode}{" "}
                      {r.session.sessionNo}
                    </Text>
                  </Table.Td>
                  <Table.Td>{groupName.get(r.session.groupId) ?? "—"}</Table.Td>
                  <Table.Td>{r.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
