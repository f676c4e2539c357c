// Why: the one progress line of a backup or a restore, phase by phase.
import { Progress as Bar, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Progress } from "../../backup/service";

export function BackupProgress({ progress }: { progress: Progress | null }) {
  const { t } = useTranslation();
  if (!progress) return null;
  const share = progress.total ? progress.done / progress.total : 0;
  // Reading is the first fifth, packing (or writing a restore) the bulk, checking the end.
  const value = { read: 5, pack: 10 + share * 75, write: 10 + share * 85, check: 95 }[progress.phase];
  return (
    <Stack gap={2} data-testid="backup-progress">
      <Text size="xs" c="dimmed">
        {t(`sandaran.progress.${progress.phase}`, {
          done: progress.done.toLocaleString("ms-MY"),
          total: progress.total.toLocaleString("ms-MY"),
        })}
      </Text>
      <Bar value={value} animated size="sm" />
    </Stack>
  );
}
