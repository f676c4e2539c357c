// Why: "Terima perubahan": a file is chosen, refused with a plain reason before anything is written, or taken in whole
// in one transaction; then what it brought per kind of record, in users' words, and whether records wait to be settled.
import { Alert, Button, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { appVersions } from "../../backup/service";
import { EXCHANGE_EXTENSION, takeFile, type ReceiveReport } from "../../db/exchange/files";
import { db } from "../../db/instance";
import { host } from "../../host";
import { errorMessage } from "../../app/messages";
import { useActor } from "../../app/session";

/** Exchange files are small (a month of a site without photos: under 1 MB); with photos they stay under this. */
const MAX_BYTES = 200 * 1024 * 1024;

export function ReceivePanel() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [report, setReport] = useState<ReceiveReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pick = async () => {
    setError(null);
    setReport(null);
    try {
      const opened = await host.openFile({
        filters: [{ name: "Rekod Komuniti", extensions: [EXCHANGE_EXTENSION] }],
        maxBytes: MAX_BYTES,
      });
      if (opened.status !== "opened") return;
      setBusy(true);
      const data = new Uint8Array(opened.data) as Uint8Array<ArrayBuffer>;
      setReport(await takeFile(db, actor, data, opened.fileName, appVersions()));
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  const kinds = report
    ? [...new Set([...Object.keys(report.added), ...Object.keys(report.updated)])].filter(
        (k) => k !== "audit",
      )
    : [];
  return (
    <Stack gap="sm">
      <div>
        <Button variant="light" loading={busy} onClick={() => void pick()} data-testid="receive-pick">
          {t("pertukaran.receive")}…
        </Button>
      </div>
      {error && (
        <Alert color="red" data-testid="receive-error">
          {error}
        </Alert>
      )}
      {report && (
        <Paper withBorder p="md" data-testid="receive-report">
          <Stack gap="xs">
            <Title order={5}>{t("pertukaran.receiveTitle", { name: report.from.name })}</Title>
            <Text size="xs" c="dimmed">
              {t("pertukaran.receivedFile", { file: report.fileName })}
            </Text>
            {report.nothingNew || kinds.length === 0 ? (
              <Text data-testid="receive-nothing-new">{t("pertukaran.nothingNew")}</Text>
            ) : (
              <Table withTableBorder fz="sm" data-testid="receive-kinds">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("pertukaran.kind")}</Table.Th>
                    <Table.Th>{t("pertukaran.added")}</Table.Th>
                    <Table.Th>{t("pertukaran.updated")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {kinds.map((k) => (
                    <Table.Tr key={k}>
                      <Table.Td>{t(`table.${k}`, { defaultValue: k })}</Table.Td>
                      <Table.Td>{report.added[k] ?? 0}</Table.Td>
                      <Table.Td>{report.updated[k] ?? 0}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {report.conflicts > 0 ? (
              <Alert color="orange" data-testid="receive-conflicts">
                {t("pertukaran.conflicts", { count: report.conflicts })}{" "}
                <Link to="/pertukaran/selesaikan">{t("pertukaran.settleTitle")}</Link>
              </Alert>
            ) : (
              <Text size="sm" c="dimmed">
                {t("pertukaran.noConflicts")}
              </Text>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
