// Why: the PKMD and the administrator see on their home screen how many directory entries need confirming.
import { Anchor, Card, Group, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { countToReview, reviewMonthsOf } from "../../../db/repositories/directory-review";

export function ReviewCount() {
  const { actor } = useActor();
  if (actor.role !== "pentadbir" && actor.role !== "pkmd") return null;
  return <Count />;
}

function Count() {
  const { t } = useTranslation();
  const months = reviewMonthsOf(useOffice());
  const today = todayIn();
  const live = useLive(() => countToReview(db, months, today), [months, today]);
  if (live.loading || live.error) return null;
  const count = live.data;
  return (
    <Card withBorder data-testid="home-directory-review">
      <Group justify="space-between" mb={4}>
        <Title order={5}>{t("direktoriSemak.homeTitle")}</Title>
        <Anchor component={Link} to="/direktori/semak" size="sm">
          {t("direktoriSemak.homeOpen")}
        </Anchor>
      </Group>
      <Text size="sm" c={count ? undefined : "dimmed"} data-testid="home-directory-review-count">
        {count ? t("direktoriSemak.homeCount", { count, months }) : t("direktoriSemak.homeNone", { months })}
      </Text>
    </Card>
  );
}
