// Why: Tetapan > Sandaran: the last good backup, the next one due, the folder, the key, "Sandarkan sekarang" with
// progress, the backups in the folder (download a copy, restore, delete), the passphrase and the recovery sheet.
import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { modals } from "@mantine/modals";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseBackupFileName } from "../../../shared/backup/names";
import { demoBackupPassphrase } from "../../../shared/demo/backup";
import type { BackupEntry } from "../../../shared/host-api";
import { formatDateTime } from "../../app/format";
import { notifyError, notifySaved, tKey } from "../../app/messages";
import { useOffice } from "../../app/office-context";
import { AUTO_EVERY_MS, backupNow, readFolderBackup, type Progress } from "../../backup/service";
import { host } from "../../host";
import { formatBytes } from "../../app/format";
import { BackupProgress } from "./BackupProgress";
import { PassphraseForm } from "./PassphraseForm";
import { RestorePanel, type ChosenBackup } from "./RestorePanel";
import { useBackupStatus } from "./use-backup-status";

export function BackupSection() {
  const { t } = useTranslation();
  const office = useOffice();
  const status = useBackupStatus();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const [restoring, setRestoring] = useState<ChosenBackup | "pick" | null>(null);
  const [listTick, setListTick] = useState(0);
  useEffect(() => {
    let live = true;
    void host
      .listBackups()
      .then((list) => live && setEntries(list.filter((e) => parseBackupFileName(e.name))))
      .catch(() => live && setEntries([]));
    return () => {
      live = false;
    };
  }, [listTick, status.lastOk?.id]);

  const now = async () => {
    setBusy(true);
    try {
      const row = await backupNow("manual", { onProgress: setProgress });
      notifySaved(t, t("sandaran.backedUp", { name: row.name }));
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(false);
      setProgress(null);
      setListTick((n) => n + 1);
      status.refresh();
    }
  };
  const choose = async () => {
    try {
      const r = await host.chooseBackupFolder();
      if (r.status === "chosen") notifySaved(t, t("sandaran.folderChosen", { location: r.folder.location }));
    } catch (e) {
      notifyError(t, e);
    }
    status.refresh();
    setListTick((n) => n + 1);
  };
  const download = async (entry: BackupEntry) => {
    try {
      const data = await readFolderBackup(entry);
      await host.saveFile({
        suggestedName: entry.name,
        data,
        filters: [{ name: "Sandaran Rekod Komuniti", extensions: ["rkbak"] }],
      });
    } catch (e) {
      notifyError(t, e);
    }
  };
  const restoreFrom = async (entry: BackupEntry) => {
    try {
      setRestoring({ fileName: entry.name, file: await readFolderBackup(entry) });
    } catch (e) {
      notifyError(t, e);
    }
  };
  const remove = (entry: BackupEntry) =>
    modals.openConfirmModal({
      title: t("sandaran.deleteTitle"),
      children: <Text size="sm">{t("sandaran.deleteConfirm", { name: entry.name })}</Text>,
      labels: { confirm: t("sandaran.delete"), cancel: t("common.cancel") },
      confirmProps: { color: "red" },
      onConfirm: async () => {
        try {
          await host.deleteBackup({ name: entry.name });
        } catch (e) {
          notifyError(t, e);
        }
        setListTick((n) => n + 1);
      },
    });

  const { lastOk, lastFailed, folder, keyReady } = status;
  const nextDue = lastOk
    ? formatDateTime(new Date(Date.parse(lastOk.at) + AUTO_EVERY_MS).toISOString())
    : null;
  const row = (label: string, value: React.ReactNode, testId: string) => (
    <Table.Tr>
      <Table.Td w={220}>{label}</Table.Td>
      <Table.Td data-testid={testId}>{value}</Table.Td>
    </Table.Tr>
  );
  return (
    <Paper withBorder p="lg" data-testid="backup-section">
      <Stack gap="sm">
        <Title order={4}>{t("sandaran.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("sandaran.intro")}
        </Text>
        <Table withRowBorders={false} fz="sm">
          <Table.Tbody>
            {row(
              t("sandaran.lastGood"),
              lastOk
                ? `${t("sandaran.lastGoodValue", { at: formatDateTime(lastOk.at), size: formatBytes(lastOk.size) })} · ${lastOk.location}`
                : t("sandaran.none"),
              "backup-last-good",
            )}
            {row(
              t("sandaran.nextDue"),
              nextDue ? t("sandaran.nextDueAt", { at: nextDue }) : t("sandaran.nextDueNow"),
              "backup-next-due",
            )}
            {row(
              t("sandaran.where"),
              folder ? (
                <Text span size="sm" c={folder.reachable ? undefined : "red"}>
                  <Text span ff="monospace" size="sm">
                    {folder.location}
                  </Text>
                  {folder.reachable
                    ? folder.freeBytes !== null &&
                      ` (${t("sandaran.free", { size: formatBytes(folder.freeBytes) })})`
                    : ` — ${t("sandaran.unreachable")}`}
                </Text>
              ) : (
                "—"
              ),
              "backup-folder",
            )}
            {row(
              t("sandaran.keyStatus"),
              keyReady === null ? (
                "—"
              ) : (
                <Text span size="sm" c={keyReady ? undefined : "red"} fw={keyReady ? undefined : 600}>
                  {keyReady ? t("sandaran.keyReady") : t("sandaran.keyMissing")}
                </Text>
              ),
              "backup-key",
            )}
          </Table.Tbody>
        </Table>
        {lastFailed && (
          <Alert color="red" data-testid="backup-last-failed">
            {t("sandaran.lastFailed", {
              at: formatDateTime(lastFailed.at),
              problem: tKey(t, lastFailed.problem),
            })}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void now()} loading={busy} disabled={!keyReady} data-testid="backup-now">
            {t("sandaran.backupNow")}
          </Button>
          {folder?.canChoose && (
            <Button variant="default" onClick={() => void choose()}>
              {t("sandaran.chooseFolder")}
            </Button>
          )}
          <Button variant="default" onClick={() => setRestoring("pick")} data-testid="backup-restore-file">
            {t("sandaran.restorePanel.pickFile")}
          </Button>
        </Group>
        <BackupProgress progress={progress} />
        {folder && !folder.canChoose && (
          <Text size="xs" c="dimmed">
            {t("sandaran.opfsNote")}
          </Text>
        )}
        {restoring && (
          <RestorePanel
            key={restoring === "pick" ? "pick" : restoring.fileName}
            initial={restoring === "pick" ? undefined : restoring}
            onCancel={() => setRestoring(null)}
          />
        )}
        <Text fw={600} mt="sm">
          {t("sandaran.list")}
        </Text>
        {entries && entries.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("sandaran.listEmpty")}
          </Text>
        )}
        {entries && entries.length > 0 && (
          <Table striped fz="sm" data-testid="backup-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("sandaran.colTime")}</Table.Th>
                <Table.Th>{t("sandaran.colReason")}</Table.Th>
                <Table.Th ta="right">{t("sandaran.colSize")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => {
                const parsed = parseBackupFileName(e.name)!;
                return (
                  <Table.Tr key={e.name} data-testid="backup-row" data-name={e.name}>
                    <Table.Td>{formatDateTime(parsed.createdAt)}</Table.Td>
                    <Table.Td>{t(`sandaran.reason.${parsed.reason}`)}</Table.Td>
                    <Table.Td ta="right">{formatBytes(e.size)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Anchor component="button" size="sm" onClick={() => void download(e)}>
                          {t("sandaran.download")}
                        </Anchor>
                        <Anchor component="button" size="sm" onClick={() => void restoreFrom(e)}>
                          {t("sandaran.restore")}
                        </Anchor>
                        <Anchor component="button" size="sm" c="red" onClick={() => remove(e)}>
                          {t("sandaran.delete")}
                        </Anchor>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        <PassphraseForm
          keyReady={!!keyReady}
          location={folder?.location ?? ""}
          demoPassphrase={office.demo ? demoBackupPassphrase : null}
          onSet={status.refresh}
        />
      </Stack>
    </Paper>
  );
}
