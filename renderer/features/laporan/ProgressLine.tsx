// Why: the one progress line every document action shows while its files are made in the worker.
import { Progress as Bar, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Progress } from "./generate/generate";

export function ProgressLine({ progress }: { progress: Progress | null }) {
  const { t } = useTranslation();
  if (!progress) return null;
  return (
    <Stack gap={2} data-testid="report-progress">
      <Text size="xs" c="dimmed">
        {progress.done < progress.total
          ? t("laporan.progress", { n: progress.done + 1, total: progress.total, file: progress.fileName })
          : t("laporan.progressDone")}
      </Text>
      <Bar value={((progress.done + 0.5) / Math.max(progress.total, 1)) * 100} animated size="sm" />
    </Stack>
  );
}
