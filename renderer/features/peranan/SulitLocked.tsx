// Why: a read-only role is told plainly why a SULIT document or attachment has no save, print or email buttons.
import { Alert, Group, Text, Tooltip } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** The full note as an alert, or (compact) a short line beside other buttons with the full note as its tooltip. */
export function SulitLocked({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  if (compact)
    return (
      <Tooltip label={t("e.sulitRelease")} multiline w={320}>
        <Group gap={4} data-testid="sulit-locked" className="no-print">
          <IconLock size={14} />
          <Text size="sm" c="dimmed">
            {t("readOnly.noSulitExport")}
          </Text>
        </Group>
      </Tooltip>
    );
  return (
    <Alert color="gray" icon={<IconLock size={16} />} data-testid="sulit-locked" className="no-print">
      {t("e.sulitRelease")}
    </Alert>
  );
}
