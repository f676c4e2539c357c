// Why: a site's PCs on the desk: when this PC last took their changes, and their last good backup as each reported it,
// coloured when it needs a look (none, older than 7 days, failed since).
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../../app/format";
import { BACKUP_STALE_DAYS, type DeskPc } from "../../../db/desk";

function NoPc() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t("meja.noPc")}
    </Text>
  );
}

export function ReceivedCell({ pcs }: { pcs: DeskPc[] }) {
  const { t } = useTranslation();
  if (!pcs.length) return <NoPc />;
  return (
    <Stack gap={2}>
      {pcs.map((p) => (
        <Text size="sm" key={p.id} data-testid="desk-received">
          {p.receivedAt ? formatDateTime(p.receivedAt) : t("meja.never")}
          <Text span size="xs" c="dimmed">
            {" "}
            · {p.name}
          </Text>
        </Text>
      ))}
    </Stack>
  );
}

export function BackupCell({ pcs }: { pcs: DeskPc[] }) {
  const { t } = useTranslation();
  if (!pcs.length) return <NoPc />;
  return (
    <Stack gap={2}>
      {pcs.map((p) => {
        const last = p.report?.lastBackup;
        const warn = p.backup !== "ok";
        const why =
          p.backup === "none"
            ? t(p.report ? "meja.backup.none" : "meja.backup.noReport")
            : p.backup === "old"
              ? t("meja.backup.old", { days: BACKUP_STALE_DAYS })
              : p.backup === "failed"
                ? t("meja.backup.failed", { date: formatDate(p.report?.lastFailure?.at) })
                : null;
        return (
          <Text
            size="sm"
            key={p.id}
            c={warn ? "red.8" : undefined}
            fw={warn ? 600 : undefined}
            data-testid="desk-backup"
            data-state={p.backup}
          >
            {last ? formatDateTime(last.at) : ""}
            {why && (last ? ` (${why})` : why)}
            <Text span size="xs" c="dimmed" fw={400}>
              {" "}
              · {p.name}
            </Text>
          </Text>
        );
      })}
    </Stack>
  );
}
