// Why: Tetapan shows whether the browser keeps the records safe from eviction (persistent storage), what they use,
// and how much room is left, each with what it means.
import { Alert, Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatBytes } from "../../app/format";
import { storageLow } from "./storage-state";
import { useStorageFigures } from "./use-storage-figures";

export function StorageSection() {
  const { t } = useTranslation();
  const f = useStorageFigures();
  if (!f) return null;
  const { low, freeBytes } = storageLow(f);
  const size = (n: number | null) => (n === null ? "—" : formatBytes(n));
  return (
    <Paper withBorder p="lg" data-testid="storage-section">
      <Title order={4} mb="sm">
        {t("pemulihan.storage.title")}
      </Title>
      <Table withRowBorders={false} fz="sm">
        <Table.Tbody>
          <Table.Tr>
            <Table.Td w={220}>{t("pemulihan.storage.persisted")}</Table.Td>
            <Table.Td data-testid="storage-persisted">
              <Text fw={600} size="sm" c={f.persisted ? "teal" : "orange"}>
                {f.persisted === null
                  ? t("pemulihan.storage.persistedUnknown")
                  : f.persisted
                    ? t("pemulihan.storage.persistedYes")
                    : t("pemulihan.storage.persistedNo")}
              </Text>
              <Text size="xs" c="dimmed">
                {f.persisted
                  ? t("pemulihan.storage.persistedYesText")
                  : t("pemulihan.storage.persistedNoText")}
              </Text>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td>{t("pemulihan.storage.used")}</Table.Td>
            <Table.Td>{size(f.usage)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td>{t("pemulihan.storage.quota")}</Table.Td>
            <Table.Td>{size(f.quota)}</Table.Td>
          </Table.Tr>
          {f.diskFree !== null && (
            <Table.Tr>
              <Table.Td>{t("pemulihan.storage.diskFree")}</Table.Td>
              <Table.Td>{size(f.diskFree)}</Table.Td>
            </Table.Tr>
          )}
          <Table.Tr>
            <Table.Td>{t("pemulihan.storage.room")}</Table.Td>
            <Table.Td data-testid="storage-room">{size(freeBytes)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {low && (
        <Alert color="orange" mt="sm">
          {t("pemulihan.storage.lowText", { free: size(freeBytes) })}
        </Alert>
      )}
    </Paper>
  );
}
