// Why: "Perlu diselesaikan": every record whose versions were made apart on two PCs, for the user to settle one by one.
import { Button, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { listWaiting, recordLabel } from "../../db/exchange/settle";
import { db } from "../../db/instance";
import { formatDateTime } from "../../app/format";
import { LoadError } from "../../app/guards";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";

export function ConflictsPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(() => listWaiting(db, actor), [actor]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  return (
    <Stack>
      <Title order={3}>{t("pertukaran.settleTitle")}</Title>
      {live.data.length === 0 ? (
        <Text data-testid="conflicts-none">{t("pertukaran.noneWaiting")}</Text>
      ) : (
        <Table withTableBorder data-testid="conflicts-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("pertukaran.kind")}</Table.Th>
              <Table.Th>{t("pertukaran.record")}</Table.Th>
              <Table.Th>{t("pertukaran.versions")}</Table.Th>
              <Table.Th>{t("audit.at")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {live.data.map((w) => (
              <Table.Tr key={`${w.table}|${w.recordId}`} data-testid="conflict-row">
                <Table.Td>{t(`table.${w.table}`, { defaultValue: w.table })}</Table.Td>
                <Table.Td>{recordLabel(w.shown)}</Table.Td>
                <Table.Td>{w.waiting + 1}</Table.Td>
                <Table.Td>{formatDateTime(w.shown.updatedAt)}</Table.Td>
                <Table.Td>
                  <Button size="xs" component={Link} to={`/pertukaran/selesaikan/${w.table}/${w.recordId}`}>
                    {t("pertukaran.open")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm">
        <Link to="/pertukaran">{t("pertukaran.title")}</Link>
      </Text>
    </Stack>
  );
}
