// Why: the home screen counts the open complaints past their deadline (read from the open ones alone) and leads to
// them.
import { Anchor, Card, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import { pkhCalendar, pkhComplaintDeadline } from "../../../../shared/domain/pkh/complaints";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { openComplaints } from "../../../db/repositories/pkh/complaints";

export function OverdueComplaints() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const today = todayIn();
  const days = pkhSettingsOf(office).complaints.deadlineDays;
  const cal = pkhCalendar(office);
  const live = useLive(
    async () =>
      (await openComplaints(db, actor)).filter((c) => pkhComplaintDeadline(c, today, cal, days).overdue)
        .length,
    [actor, today, days, office.holidays?.join(",")],
  );
  if (live.loading || live.error || live.data === 0) return null;
  return (
    <Card withBorder data-testid="home-overdue-complaints">
      <Group justify="space-between">
        <div>
          <Text fw={600} c="red">
            {t("pkh.aduan.overdueHome", { count: live.data })}
          </Text>
          <Text size="sm" c="dimmed">
            {t("pkh.aduan.overdueHomeHint")}
          </Text>
        </div>
        <Anchor component={Link} to="/pengaduan?tampil=overdue" size="sm">
          {t("pkh.aduan.open")}
        </Anchor>
      </Group>
    </Card>
  );
}
