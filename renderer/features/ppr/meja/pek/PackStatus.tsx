// Why: one way to say where a monthly pack stands (its colour and its sentence), on the PPK's pack and the PKMD's page.
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PackStatus } from "../../../../../shared/domain/monthly-pack";
import { formatDate } from "../../../../app/format";
import type { MonthlyPackRecord } from "../../../../db/app-db";

export function packColor(status: PackStatus | null): string {
  if (status === "disahkan") return "green";
  if (status === "dikembalikan") return "orange";
  if (status === "dihantar") return "blue";
  return "gray";
}

export function PackStatusLine({ pack }: { pack: MonthlyPackRecord }) {
  const { t } = useTranslation();
  const last = pack.history.at(-1);
  const line =
    pack.status === "disahkan" && pack.signedBy
      ? t("pek.statusLine.disahkan", { name: pack.signedBy.name, date: formatDate(pack.signedBy.date) })
      : pack.status === "dikembalikan"
        ? t("pek.statusLine.dikembalikan", { name: last?.by.name ?? "", date: formatDate(last?.at) })
        : t("pek.statusLine.dihantar", {
            name: pack.preparedBy.name,
            date: formatDate(pack.sentOn),
            round: pack.round,
          });
  return (
    <Text size="sm" data-testid="pack-status-line">
      {line}
    </Text>
  );
}
