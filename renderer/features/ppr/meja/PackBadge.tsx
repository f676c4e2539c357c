// Why: a site's monthly pack on the desk: where it stands, linking to its review page once it was sent.
import { Anchor, Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../app/format";
import type { DeskPack } from "../../../db/desk";
import { packColor } from "./pek/PackStatus";
import { packLink } from "./links";

export function PackBadge({ pack, siteId, month }: { pack: DeskPack; siteId: string; month: string }) {
  const { t } = useTranslation();
  const label = pack
    ? t(`meja.packStatus.${pack.status}`, { round: pack.round, date: formatDate(pack.sentOn) })
    : t("meja.packStatus.none");
  const badge = (
    <Badge
      color={packColor(pack?.status ?? null)}
      variant={pack ? "light" : "outline"}
      tt="none"
      h="auto"
      py={4}
      styles={{ label: { whiteSpace: "normal", overflow: "visible" } }}
      data-testid="desk-pack"
    >
      {label}
    </Badge>
  );
  return pack ? (
    <Anchor component={Link} to={packLink(siteId, month)} underline="never">
      {badge}
    </Anchor>
  ) : (
    badge
  );
}
