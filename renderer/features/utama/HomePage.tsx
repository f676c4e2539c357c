// Why: the first screen after login: a greeting and the user's sites with who works them, or what to do next.
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { can, seesAllSites } from "../../../shared/domain/roles";
import { db } from "../../db/instance";
import { sitesRepo } from "../../db/repositories/sites";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { LoadError } from "../../app/guards";
import { sitesWithStaff } from "../tapak/site-staff";
import { DashboardPanel } from "./DashboardPanel";
import { BackupWarning } from "../sandaran/BackupWarning";
import { ReviewCount } from "../direktori/semak/ReviewCount";
import { MyActionItems } from "../ppr/perjumpaan/MyActionItems";
import { NeedsWithoutPlan } from "../ppr/keperluan/NeedsWithoutPlan";
import { ProgrammesThisMonth } from "../ppr/program/ProgrammesThisMonth";
import { AwaitingDecision } from "../ppr/siasatan/AwaitingDecision";
import { OverdueComplaints } from "../kpn/aduan/OverdueComplaints";
import { FollowUps } from "../kpn/susulan/FollowUps";
import { PacksNotice } from "../ppr/meja/pek/PacksNotice";

function greetingKey(hour: number): string {
  if (hour < 12) return "home.morning";
  if (hour < 14) return "home.noon";
  if (hour < 19) return "home.afternoon";
  return "home.evening";
}

export function HomePage() {
  const { t } = useTranslation();
  const { user, actor } = useActor();
  const live = useLive(async () => sitesWithStaff(db, await sitesRepo(db).list(actor)), [actor]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const sites = live.data;
  return (
    <Stack>
      <div>
        <Title order={2} data-testid="greeting">
          {t(greetingKey(new Date().getHours()), { name: user.name })}
        </Title>
        <Text c="dimmed">
          {actor.role === "ppk"
            ? t("home.introPpk", { count: sites.length })
            : t("home.introAll", { count: sites.length })}
        </Text>
        {seesAllSites(actor.role) && (
          <Anchor component={Link} to="/meja" size="sm" fw={600} data-testid="home-desk-link">
            {t("meja.homeLink")}
          </Anchor>
        )}
      </div>
      <BackupWarning />
      <PacksNotice />
      <OverdueComplaints />
      <ReviewCount />
      {sites.length > 0 && <DashboardPanel />}
      {sites.length > 0 && <AwaitingDecision />}
      {sites.length > 0 && <FollowUps />}
      {sites.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 3 }} data-testid="home-community">
          <ProgrammesThisMonth />
          <MyActionItems />
          <NeedsWithoutPlan />
        </SimpleGrid>
      )}
      {sites.length === 0 ? (
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
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="home-sites">
          {sites.map(({ site, staff }) => (
            <Card key={site.id} withBorder>
              <Group justify="space-between" mb={4} wrap="nowrap">
                <Anchor component={Link} to={`/tapak/${site.id}`} fw={700}>
                  {site.name}
                </Anchor>
                <Badge variant="light" color={site.type === "ppr" ? "teal" : "orange"}>
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
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
