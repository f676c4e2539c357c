// Why: a PKH office's first screen after login: a greeting, what needs doing, and the user's areas (wilayah
// dampingan) with their pendamping and how many KPM households each holds.
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { db } from "../../../db/instance";
import { sitesRepo } from "../../../db/repositories/sites";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { LoadError } from "../../../app/guards";
import { sitesWithStaff } from "../../tapak/site-staff";
import { Greeting } from "../../utama/Greeting";
import { SiteCards } from "../../utama/SiteCards";
import { BackupWarning } from "../../sandaran/BackupWarning";
import { ReviewCount } from "../../direktori/semak/ReviewCount";
import { Reminders } from "../agenda/Reminders";
import { OverdueComplaints } from "../pengaduan/OverdueComplaints";

export function PkhHomePage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(async () => {
    const sites = await sitesWithStaff(db, await sitesRepo(db).list(actor));
    // Counted from the site index (live households only), never by reading the households.
    const counts = await Promise.all(
      sites.map(({ site }) =>
        db.pkhHouseholds
          .where("siteId")
          .equals(site.id)
          .filter((h) => !h.deletedAt)
          .count(),
      ),
    );
    return { sites, kpm: new Map(sites.map(({ site }, i) => [site.id, counts[i] ?? 0])) };
  }, [actor]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { sites, kpm } = live.data;
  return (
    <Stack>
      <Greeting siteCount={sites.length} />
      <BackupWarning />
      <Reminders />
      <OverdueComplaints />
      <ReviewCount />
      <SiteCards
        sites={sites}
        extra={(site) => (
          <Text size="sm" data-testid={`home-kpm-${site.code}`}>
            {t("pkh.home.kpmCount", { count: kpm.get(site.id) ?? 0 })}
          </Text>
        )}
      />
    </Stack>
  );
}
