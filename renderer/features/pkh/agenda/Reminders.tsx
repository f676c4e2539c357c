// Why: the home screen shows the agenda's reminders whose day has come until they are marked done.
import { Anchor, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import { remindersDue } from "../../../../shared/domain/pkh/agenda";
import { formatDate } from "../../../app/format";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { remindersWaiting } from "../../../db/repositories/pkh/agenda";

export function Reminders() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const today = todayIn();
  const live = useLive(
    async () => remindersDue(await remindersWaiting(db, actor, today), today),
    [actor, today],
  );
  if (live.loading || live.error || live.data.length === 0) return null;
  return (
    <Card withBorder data-testid="home-reminders">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t("pkh.agenda.remindersTitle", { count: live.data.length })}</Text>
        <Anchor component={Link} to="/agenda" size="sm">
          {t("pkh.agenda.open")}
        </Anchor>
      </Group>
      <Stack gap={4}>
        {live.data.map((a) => (
          <Text key={a.id} size="sm">
            {formatDate(a.date)}
            {a.time && ` ${a.time}`} — {a.title}
            {a.place && ` (${a.place})`}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}
