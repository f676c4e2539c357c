// Why: every pack's home lists the user's sites with who works them (and what each holds), or says what to do first.
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { can } from "../../../shared/domain/roles";
import { useActor } from "../../app/session";
import type { SiteRecord, UserRecord } from "../../db/app-db";

type Props = {
  sites: { site: SiteRecord; staff: UserRecord[] }[];
  /** What the pack shows of each site below its staff (e.g. a PKH area's KPM count). */
  extra?: (site: SiteRecord) => ReactNode;
};

export function SiteCards({ sites, extra }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  if (sites.length === 0)
    return (
      <Card withBorder data-testid="home-empty">
        <Text fw={600}>{t("home.noSitesTitle")}</Text>
        <Text size="sm" c="dimmed" mb="sm">
          {can(actor.role, "sites.manage") ? t("home.noSitesAdmin") : t("home.noSitesOther")}
        </Text>
        {can(actor.role, "sites.manage") && (
          <Button component={Link} to="/tapak/baru" w="fit-content">
            {t("site.add")}
          </Button>
        )}
      </Card>
    );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="home-sites">
      {sites.map(({ site, staff }) => (
        <Card key={site.id} withBorder>
          <Group justify="space-between" mb={4} wrap="nowrap">
            <Anchor component={Link} to={`/tapak/${site.id}`} fw={700}>
              {site.name}
            </Anchor>
            <Badge variant="light" color={site.type === "berisiko" ? "orange" : "teal"}>
              {site.code}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {site.district}, {site.state}
          </Text>
          <Text size="sm" mt="xs">
            {t("home.staffCount", { count: staff.length })}
            {staff.length > 0 && `: ${staff.map((s) => s.name).join(", ")}`}
          </Text>
          {staff.length === 0 && can(actor.role, "users.manage") && (
            <Anchor component={Link} to="/pengguna" size="sm">
              {t("home.assignPpk")}
            </Anchor>
          )}
          {extra?.(site)}
        </Card>
      ))}
    </SimpleGrid>
  );
}
