// Why: the administrator and the PKMD see on their home screen when records are not safe: no good backup in 24 hours,
// the backup folder gone (USB stick out), or no key so automatic backups are not made.
import { Alert, Anchor, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { can } from "../../../shared/domain/roles";
import { useActor } from "../../app/session";
import { STALE_AFTER_MS } from "../../backup/service";
import { useBackupStatus } from "./use-backup-status";

export function BackupWarning() {
  const { actor } = useActor();
  if (actor.role !== "pentadbir" && actor.role !== "pkmd") return null;
  return <Warning />;
}

function Warning() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const { loading, lastOk, folder, keyReady } = useBackupStatus();
  if (loading || keyReady === null) return null;
  const problems: string[] = [];
  if (!lastOk) problems.push(t("sandaran.home.never"));
  else if (Date.now() - Date.parse(lastOk.at) > STALE_AFTER_MS) problems.push(t("sandaran.home.stale"));
  if (folder && !folder.reachable)
    problems.push(t("sandaran.home.unreachable", { location: folder.location }));
  if (!keyReady) problems.push(t("sandaran.home.noKey"));
  if (!problems.length) return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="backup-warning">
      <Stack gap={2}>
        {problems.map((p) => (
          <Text key={p} size="sm">
            {p}
          </Text>
        ))}
        {can(actor.role, "office.manage") && (
          <Anchor component={Link} to="/tetapan" size="sm">
            {t("sandaran.home.open")}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
