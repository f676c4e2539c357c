// Why: a new dated version of a site's profile (#/profail/baru?tapak=&dari=), started from the latest one, which stays as it was.
import { Anchor, Breadcrumbs, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { emptyProfile } from "../../../../shared/domain/community";
import { todayIn } from "../../../../shared/domain/dates";
import { db } from "../../../db/instance";
import { saveProfileVersion } from "../../../db/repositories/community";
import { sitesRepo } from "../../../db/repositories/sites";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { profileWithSite, siteProfiles } from "./data";
import { ProfileForm } from "./ProfileForm";
import { profileInputOf } from "./profile-fields";
import { useSiteParam } from "./SitePicker";

export function NewProfilePage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const from = params.get("dari");
  const fallback = useSiteParam();
  const siteId = params.get("tapak") || fallback.site?.id || "";
  const live = useLive(async () => {
    if (from) {
      const { profile, site } = await profileWithSite(actor, from);
      return { site, base: profile };
    }
    if (!siteId) return null;
    const site = await sitesRepo(db).get(actor, siteId);
    const [latest] = await siteProfiles(actor, siteId);
    return { site, base: latest ?? null };
  }, [actor, from, siteId]);
  if (live.loading || fallback.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  if (!live.data) return <Text c="dimmed">{t("profail.noSites")}</Text>;
  const { site, base } = live.data;
  const today = todayIn();
  // A new version is dated today; everything else starts from the version it follows.
  const initial = base ? { ...profileInputOf(base), asOf: today } : emptyProfile(site.id, today);

  return (
    <Stack maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to={`/profail?tapak=${site.id}`} size="sm">
          {t("profail.title")}
        </Anchor>
        <Text size="sm">{site.name}</Text>
      </Breadcrumbs>
      <div>
        <Title order={3}>{t("profail.newTitle", { site: site.name })}</Title>
        <Text size="sm" c="dimmed" data-testid="profile-base">
          {base
            ? t("profail.basedOn", { n: base.version, date: formatDate(base.asOf) })
            : t("profail.firstVersion")}
        </Text>
      </div>
      <ProfileForm
        key={`${site.id}:${base?.id ?? ""}`}
        draftKey={`profile:new:${site.id}`}
        site={site}
        initial={initial}
        onSave={async (values) => {
          const saved = await saveProfileVersion(db, actor, { ...values, siteId: site.id });
          notifications.show({ color: "green", message: t("profail.saved", { n: saved.version }) });
          return () => navigate(`/profail/${saved.id}`);
        }}
      />
    </Stack>
  );
}
