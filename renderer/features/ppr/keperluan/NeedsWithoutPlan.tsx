// Why: on the home screen, the open needs of the user's sites that nobody has planned for yet, most urgent first.
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { db } from "../../../db/instance";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { PriorityBadge } from "./labels";
import { needsWithoutPlan } from "./needs-data";

export function NeedsWithoutPlan({ limit = 8 }: { limit?: number }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(() => needsWithoutPlan(db, actor), [actor]);
  if (live.loading || live.error) return null;
  const all = live.data;
  return (
    <Paper withBorder p="md" data-testid="needs-without-plan">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t("keperluan.withoutPlan.title")}</Title>
        <Badge color={all.length ? "orange" : "gray"} variant="light" size="sm">
          {all.length}
        </Badge>
      </Group>
      {all.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("keperluan.withoutPlan.empty")}
        </Text>
      ) : (
        <Stack gap={6}>
          {all.slice(0, limit).map(({ need, site }) => (
            <Group key={need.id} gap="sm" wrap="nowrap" data-testid="need-without-plan">
              <div style={{ flexShrink: 0 }}>
                <PriorityBadge priority={need.priority} />
              </div>
              <Anchor
                component={Link}
                to={`/keperluan/${need.id}`}
                size="sm"
                lineClamp={1}
                style={{ flex: 1, minWidth: 0 }}
              >
                {need.problem}
              </Anchor>
              {site && (
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {site.code}
                </Text>
              )}
            </Group>
          ))}
          {all.length > limit && (
            <Anchor component={Link} to="/keperluan?pelan=tiada" size="sm">
              {t("keperluan.withoutPlan.seeAll", { count: all.length })}
            </Anchor>
          )}
        </Stack>
      )}
    </Paper>
  );
}
