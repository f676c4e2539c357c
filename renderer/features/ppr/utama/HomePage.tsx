// Why: the JKM office's first screen after login: a greeting, what needs doing today, and the user's PPR sites.
import { Anchor, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { seesAllSites } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { sitesRepo } from "../../../db/repositories/sites";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { LoadError } from "../../../app/guards";
import { sitesWithStaff } from "../../tapak/site-staff";
import { DashboardPanel } from "./DashboardPanel";
import { Greeting } from "../../utama/Greeting";
import { SiteCards } from "../../utama/SiteCards";
import { BackupWarning } from "../../sandaran/BackupWarning";
import { ReviewCount } from "../../direktori/semak/ReviewCount";
import { MyActionItems } from "../perjumpaan/MyActionItems";
import { NeedsWithoutPlan } from "../keperluan/NeedsWithoutPlan";
import { ProgrammesThisMonth } from "../program/ProgrammesThisMonth";
import { AwaitingDecision } from "../siasatan/AwaitingDecision";
import { OverdueComplaints } from "../../kpn/aduan/OverdueComplaints";
import { FollowUps } from "../../kpn/susulan/FollowUps";
import { PacksNotice } from "../meja/pek/PacksNotice";

export function HomePage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(async () => sitesWithStaff(db, await sitesRepo(db).list(actor)), [actor]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const sites = live.data;
  return (
    <Stack>
      <Greeting siteCount={sites.length}>
        {seesAllSites(actor.role) && (
          <Anchor component={Link} to="/meja" size="sm" fw={600} data-testid="home-desk-link">
            {t("meja.homeLink")}
          </Anchor>
        )}
      </Greeting>
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
      <SiteCards sites={sites} />
    </Stack>
  );
}
