// Why: priority and status read the same way (words and colours) on every needs screen.
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { NeedInput } from "../../../../shared/domain/community";

const priorityColor = { tinggi: "red", sederhana: "yellow", rendah: "gray" } as const;
const statusColor = {
  "dikenal-pasti": "gray",
  dirancang: "blue",
  "dalam-tindakan": "orange",
  selesai: "teal",
} as const;

export function PriorityBadge({ priority }: { priority: NeedInput["priority"] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={priorityColor[priority]} data-testid="need-priority">
      {t(`keperluan.priority.${priority}`)}
    </Badge>
  );
}

export function NeedStatusBadge({ status }: { status: NeedInput["status"] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColor[status]} data-testid="need-status">
      {t(`keperluan.status.${status}`)}
    </Badge>
  );
}
