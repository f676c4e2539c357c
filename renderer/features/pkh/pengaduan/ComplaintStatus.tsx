// Why: a complaint's status reads the same on every screen: baru, diproses, selesai.
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PkhComplaintStatus } from "../../../../shared/domain/pkh/complaints";

const colors: Record<PkhComplaintStatus, string> = { baru: "blue", diproses: "yellow", selesai: "teal" };

export function ComplaintStatus({ status }: { status: PkhComplaintStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]} miw="max-content">
      {t(`pkh.code.complaintStatus.${status}`)}
    </Badge>
  );
}
