// Why: each pendamping's caseload against the ratio in the settings, flagged when outside it.
import { Badge, Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { caseloadFlag, type CaseloadBounds } from "../../../../shared/domain/pkh/supervision";
import type { Pendamping } from "./staff";

const color = { under: "orange", ok: "teal", over: "red" } as const;

export function CaseloadTable({
  pendamping,
  siteName,
  bounds,
}: {
  pendamping: Pendamping[];
  siteName: (id: string) => string;
  bounds: CaseloadBounds;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="caseload">
      <Title order={4} mb="xs">
        {t("pkh.supervisi.caseload", { min: bounds.min, max: bounds.max })}
      </Title>
      {pendamping.length === 0 ? (
        <Text c="dimmed">{t("pkh.supervisi.noPendamping")}</Text>
      ) : (
        <Table fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("pkh.supervisi.pendamping")}</Table.Th>
              <Table.Th>{t("pkh.supervisi.wilayah")}</Table.Th>
              <Table.Th ta="right">{t("pkh.supervisi.households")}</Table.Th>
              <Table.Th>{t("pkh.supervisi.flag")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pendamping.map((p) => {
              const flag = caseloadFlag(p.households, bounds);
              return (
                <Table.Tr key={p.id} data-testid="caseload-row">
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.siteIds.map(siteName).join(", ")}</Table.Td>
                  <Table.Td ta="right">{p.households}</Table.Td>
                  <Table.Td>
                    <Badge color={color[flag]} variant="light" miw="max-content">
                      {t(`pkh.code.caseload.${flag}`)}
                    </Badge>
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
