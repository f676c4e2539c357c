// Why: on the home screen, the action items the signed-in officer still owes, overdue first, each opening its meeting.
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { isActionItemOverdue } from "../../../../shared/domain/community";
import { todayIn } from "../../../../shared/domain/dates";
import { db } from "../../../db/instance";
import { formatDate } from "../../../app/format";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { byUrgency } from "./action-items";
import { myOpenActionItems } from "./meetings-data";

/** `limit` rows at most (null: all), with a "see all" link when there are more. */
export function MyActionItems({ limit = 8 }: { limit?: number | null }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(() => myOpenActionItems(db, actor), [actor]);
  if (live.loading || live.error) return null;
  const today = todayIn();
  const all = byUrgency(
    live.data.map((x) => ({ ...x, dueDate: x.item.dueDate, status: x.item.status })),
    today,
  );
  const shown = limit === null ? all : all.slice(0, limit);
  const overdue = all.filter((x) => isActionItemOverdue(x, today)).length;

  return (
    <Paper withBorder p="md" data-testid="my-action-items">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t("perjumpaan.mine.title")}</Title>
        <Group gap={6}>
          {overdue > 0 && (
            <Badge color="red" variant="filled" size="sm">
              {t("perjumpaan.overdueCount", { count: overdue })}
            </Badge>
          )}
          <Badge color="gray" variant="light" size="sm">
            {t("perjumpaan.mine.openCount", { count: all.length })}
          </Badge>
        </Group>
      </Group>
      {all.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="my-items-empty">
          {t("perjumpaan.mine.empty")}
        </Text>
      ) : (
        <Stack gap={6}>
          {shown.map(({ item, meeting, site }) => {
            const late = isActionItemOverdue(item, today);
            return (
              <Group key={item.id} justify="space-between" wrap="nowrap" gap="sm" data-testid="my-item">
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Anchor component={Link} to={`/perjumpaan/${meeting.id}`} size="sm" lineClamp={1} fw={500}>
                    {item.text}
                  </Anchor>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {t(`perjumpaan.types.${meeting.type}`)} {formatDate(meeting.date)} · {meeting.venue}
                    {site ? ` · ${site.code}` : ""}
                  </Text>
                </div>
                <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                  {late && (
                    <Badge color="red" size="sm">
                      {t("perjumpaan.items.overdue")}
                    </Badge>
                  )}
                  <Text size="sm" c={late ? "red.8" : undefined} fw={late ? 700 : undefined}>
                    {formatDate(item.dueDate)}
                  </Text>
                </Group>
              </Group>
            );
          })}
          {limit !== null && all.length > limit && (
            <Anchor component={Link} to="/perjumpaan?tindakan=saya" size="sm">
              {t("perjumpaan.seeAll", { count: all.length })}
            </Anchor>
          )}
        </Stack>
      )}
    </Paper>
  );
}
