// Why: on the PKMD's home screen, how many complaints missed a charter deadline, with the way to the list of them.
import { Anchor, Card, Group, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { overdueComplaintCount } from "../../../db/repositories/kpn/complaints";

export function OverdueComplaints() {
  const { actor } = useActor();
  if (actor.role !== "pkmd") return null;
  return <OverdueCard />;
}

function OverdueCard() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const live = useLive(() => overdueComplaintCount(db, actor), [actor, office.rev]);
  if (live.loading || live.error || live.data === 0) return null;
  return (
    <Card withBorder data-testid="overdue-complaints" style={{ borderColor: "var(--mantine-color-red-4)" }}>
      <Group gap="sm" wrap="nowrap">
        <IconAlertTriangle color="var(--mantine-color-red-6)" />
        <div>
          <Text fw={600}>{t("kpnAduan.home.overdue", { count: live.data })}</Text>
          <Anchor
            component={Link}
            to="/kpn/aduan?status=lewat"
            size="sm"
            data-testid="overdue-complaints-link"
          >
            {t("kpnAduan.home.open")}
          </Anchor>
        </div>
      </Group>
    </Card>
  );
}
