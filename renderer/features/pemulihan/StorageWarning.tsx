// Why: a banner above every signed-in screen when the disk or the browser's quota is nearly full, before a save fails.
import { Alert } from "@mantine/core";
import { IconDatabaseExclamation } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatBytes } from "../../app/format";
import { storageLow } from "./storage-state";
import { useStorageFigures } from "./use-storage-figures";

export function StorageWarning() {
  const { t } = useTranslation();
  const figures = useStorageFigures();
  if (!figures) return null;
  const { low, freeBytes } = storageLow(figures);
  if (!low) return null;
  return (
    <Alert
      color="orange"
      mb="md"
      className="no-print"
      icon={<IconDatabaseExclamation size={20} />}
      title={t("pemulihan.storage.lowTitle")}
      data-testid="storage-low"
    >
      {t("pemulihan.storage.lowText", { free: formatBytes(freeBytes ?? 0) })}
    </Alert>
  );
}
