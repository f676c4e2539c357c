// Why: a complaint's status and each charter step read the same on the list, its page and the home screen.
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ComplaintStatus, StepState } from "../../../../shared/domain/kpn/complaints";

const statusColor: Record<ComplaintStatus, string> = {
  baru: "blue",
  diakui: "cyan",
  selesai: "green",
  lewat: "red",
};

export function ComplaintStatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant="light" data-testid="complaint-status">
      {t(`kpnAduan.status.${status}`)}
    </Badge>
  );
}

const stepColor: Record<StepState, string> = {
  inTime: "green",
  late: "orange",
  open: "gray",
  overdue: "red",
};

export function StepBadge({ state, testId }: { state: StepState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={stepColor[state]} variant="light" data-testid={testId}>
      {t(`kpnAduan.step.${state}`)}
    </Badge>
  );
}
