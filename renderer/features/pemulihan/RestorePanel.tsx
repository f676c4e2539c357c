// Why: "restore the newest verified backup" from the recovery screen: names the newest backup in the backup folder,
// asks the backup passphrase, says what will happen, and restores with progress; then the app opens again.
import { Alert, Button, Group, Paper, PasswordInput, Text, Title } from "@mantine/core";
import { modals } from "@mantine/modals";
import { IconRestore } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BackupEntry } from "../../../shared/host-api";
import { newestFolderBackup, type Progress } from "../../backup/service";
import { errorMessage } from "../../app/messages";
import { formatDateTime } from "../../app/format";
import { BackupProgress } from "../sandaran/BackupProgress";
import { restoreNewestVerified, type Restored } from "./recovery-restore";

export function RestorePanel() {
  const { t } = useTranslation();
  const [newest, setNewest] = useState<BackupEntry | null | undefined>(undefined);
  const [passphrase, setPassphrase] = useState("");
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Restored | null>(null);
  useEffect(() => {
    newestFolderBackup().then(setNewest, () => setNewest(null));
  }, []);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setDone(await restoreNewestVerified(passphrase, setProgress));
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  const confirm = () =>
    modals.openConfirmModal({
      title: t("pemulihan.restoreConfirmTitle"),
      children: <Text size="sm">{t("pemulihan.restoreConfirm")}</Text>,
      labels: { confirm: t("pemulihan.restoreButton"), cancel: t("common.cancel") },
      confirmProps: { color: "red" },
      onConfirm: () => void run(),
    });

  return (
    <Paper withBorder p="lg">
      <Title order={4}>{t("pemulihan.restoreTitle")}</Title>
      {newest === null && (
        <Alert color="yellow" mt="sm" data-testid="restore-none">
          {t("pemulihan.restoreNone")}
        </Alert>
      )}
      {newest && !done && (
        <>
          <Text size="sm" mt={4} data-testid="restore-newest">
            {t("pemulihan.restoreNewest", { at: formatDateTime(newest.modifiedAt), name: newest.name })}
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
              {t("pemulihan.restoreButton")}
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
