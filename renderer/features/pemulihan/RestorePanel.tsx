// Why: "restore the newest verified backup" from the recovery screen: names the newest backup in the backup folder,
// asks the backup passphrase, says what will happen, and restores with progress; then the app opens again.
import { Alert, Button, Group, Paper, PasswordInput, Text, Title } from "@mantine/core";
import { modals } from "@mantine/modals";
import { IconFileImport, IconRestore } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BackupEntry } from "../../../shared/host-api";
import { newestFolderBackup, type Progress } from "../../backup/service";
import { errorMessage } from "../../app/messages";
import { formatDateTime } from "../../app/format";
import { BackupProgress } from "../sandaran/BackupProgress";
import { BACKUP_EXTENSION } from "../../../shared/backup/names";
import { host } from "../../host";
import { restoreChosenFile, restoreNewestVerified, type Restored } from "./recovery-restore";

type Chosen = { fileName: string; file: Uint8Array<ArrayBuffer> };

export function RestorePanel() {
  const { t } = useTranslation();
  const [newest, setNewest] = useState<BackupEntry | null | undefined>(undefined);
  const [passphrase, setPassphrase] = useState("");
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Restored | null>(null);
  /** A file chosen from elsewhere replaces the folder's newest as what is restored. */
  const [chosen, setChosen] = useState<Chosen | null>(null);
  useEffect(() => {
    newestFolderBackup().then(setNewest, () => setNewest(null));
  }, []);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setDone(
        chosen
          ? await restoreChosenFile(chosen, passphrase, setProgress)
          : await restoreNewestVerified(passphrase, setProgress),
      );
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  const pickFile = async () => {
    setError(null);
    try {
      const r = await host.openFile({
        filters: [{ name: t("pemulihan.salvageFilter"), extensions: [BACKUP_EXTENSION] }],
      });
      if (r.status === "opened") setChosen({ fileName: r.fileName, file: r.data as Uint8Array<ArrayBuffer> });
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };
  const restoreLabel = chosen ? t("pemulihan.restoreChosenButton") : t("pemulihan.restoreButton");
  const confirm = () =>
    modals.openConfirmModal({
      title: t("pemulihan.restoreConfirmTitle"),
      children: <Text size="sm">{t("pemulihan.restoreConfirm")}</Text>,
      labels: { confirm: restoreLabel, cancel: t("common.cancel") },
      confirmProps: { color: "red" },
      onConfirm: () => void run(),
    });

  return (
    <Paper withBorder p="lg">
      <Title order={4}>{t("pemulihan.restoreTitle")}</Title>
      {newest === null && !chosen && (
        <Alert color="yellow" mt="sm" data-testid="restore-none">
          {t("pemulihan.restoreNone")}
        </Alert>
      )}
      {!done && (
        <Group mt="xs" gap="xs">
          <Text size="sm">{t("pemulihan.elsewhere")}</Text>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileImport size={14} />}
            onClick={() => void pickFile()}
          >
            {t("pemulihan.pickFile")}
          </Button>
        </Group>
      )}
      {(newest || chosen) && !done && (
        <>
          <Text size="sm" mt="sm" data-testid="restore-newest">
            {chosen
              ? t("pemulihan.restoreChosen", { name: chosen.fileName })
              : t("pemulihan.restoreNewest", { at: formatDateTime(newest!.modifiedAt), name: newest!.name })}
          </Text>
          <Text size="sm" mt={4} mb="sm">
            {t("pemulihan.restoreText")}
          </Text>
          <Group align="flex-end">
            <PasswordInput
              label={t("pemulihan.passphrase")}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              style={{ flex: 1 }}
              data-testid="restore-passphrase"
            />
            <Button
              color="red"
              leftSection={<IconRestore size={16} />}
              disabled={!passphrase}
              loading={busy}
              onClick={confirm}
            >
              {restoreLabel}
            </Button>
          </Group>
          {busy && <BackupProgress progress={progress} />}
          {error && (
            <Alert color="red" mt="sm" data-testid="restore-error">
              {error}
            </Alert>
          )}
        </>
      )}
      {done && (
        <Alert
          color="green"
          mt="sm"
          data-testid="restore-done"
          title={t("pemulihan.restored", { at: formatDateTime(done.createdAt) })}
        >
          {done.kept && <Text size="sm">{t("pemulihan.restoreKept", { name: done.kept })}</Text>}
          <Button mt="sm" onClick={() => location.reload()}>
            {t("pemulihan.openApp")}
          </Button>
        </Alert>
      )}
    </Paper>
  );
}
