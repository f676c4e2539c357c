// Why: the few labels and badges every siasatan screen shows the same way (status, scheme, decision).
import { Badge } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { InvestigationStatus, RateKind } from "../../../../shared/domain/aid";
import type { AppDB } from "../../../db/app-db";

const statusColor: Record<InvestigationStatus, string> = {
  draf: "gray",
  dihantar: "blue",
  dikembalikan: "orange",
  diputuskan: "teal",
};

export function StatusBadge({ status }: { status: InvestigationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColor[status]} data-testid="investigation-status">
      {t(`siasatan.status.${status}`)}
    </Badge>
  );
}

export function DecisionBadge({ decision }: { decision: "lulus" | "tidak-lulus" | null }) {
  const { t } = useTranslation();
  if (!decision) return null;
  return (
    <Badge variant="filled" color={decision === "lulus" ? "teal" : "red"}>
      {t(`siasatan.decisionValue.${decision}`)}
    </Badge>
  );
}

/** "Bantuan Warga Emas (BWE)"; PGK has its own label. */
export function kindLabel(t: TFunction, kind: RateKind): string {
  return kind === "PGK" ? t("siasatan.rates.pgk") : t(`siasatan.schemeName.${kind}`);
}

/** Names of users by id, for "submitted by" and "decided by" lines. */
export async function userNames(
  db: AppDB,
  ids: readonly (string | null | undefined)[],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const id of new Set(ids.filter((x): x is string => !!x))) {
    const user = await db.users.get(id);
    if (user) out[id] = user.name;
  }
  return out;
}

/** A user's name for display; records made by setup or demo loading show as the system. */
export function nameOf(t: TFunction, names: Record<string, string>, id: string | null): string {
  if (!id) return "";
  if (id === "system") return t("siasatan.system");
  return names[id] ?? id;
}
