// Why: one look for "how late is this referral's weekly check", the same on the case page and the weekly board.
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CheckState } from "../../../../shared/domain/referral";

const colors: Record<CheckState, string> = { overdue: "red", dueSoon: "yellow", ok: "green" };

export function CheckStateBadge({ state }: { state: CheckState }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={colors[state]}
      variant={state === "overdue" ? "filled" : "light"}
      style={{ minWidth: "max-content" }}
      data-testid="check-state"
      data-state={state}
    >
      {t(`rujukan.state.${state}`)}
    </Badge>
  );
}
