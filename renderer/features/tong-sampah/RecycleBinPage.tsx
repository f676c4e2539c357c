// Why: anything deleted by mistake is restored from here, with who deleted it and when.
import { Button, Stack, Table, Text, Title } from "@mantine/core";
import { IconRestore } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { db } from "../../db/instance";
import { listBin, restoreFromBin } from "../../db/recycle-bin";
import { notifyError, notifySaved } from "../../app/messages";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { LoadError } from "../../app/guards";
import { formatDateTime } from "../../app/format";

export function RecycleBinPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(() => listBin(db, actor), [actor]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const rows = live.data;
  return (
    <Stack>
      <Title order={3}>{t("bin.title")}</Title>
      <Text size="sm" c="dimmed">
        {t("bin.intro")}
      </Text>
      {rows.length === 0 ? (
        <Text data-testid="bin-empty">{t("bin.empty")}</Text>
      ) : (
        <Table withTableBorder striped data-testid="bin-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("bin.kind")}</Table.Th>
              <Table.Th>{t("bin.record")}</Table.Th>
              <Table.Th>{t("bin.deletedAt")}</Table.Th>
              <Table.Th>{t("bin.deletedBy")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={`${r.table}:${r.id}`}>
                <Table.Td>{t(`table.${r.table}`)}</Table.Td>
                <Table.Td>{r.label}</Table.Td>
                <Table.Td>{formatDateTime(r.deletedAt)}</Table.Td>
                <Table.Td>{r.deletedBy}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconRestore size={14} />}
                    onClick={async () => {
                      try {
                        await restoreFromBin(db, actor, r.table, r.id);
                        notifySaved(t, t("bin.restored", { name: r.label }));
                      } catch (e) {
                        notifyError(t, e);
                      }
                    }}
                  >
                    {t("bin.restore")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
