// Why: one profile version, read-only (#/profail/:id); changes are made as a new version, never on this one.
import { Anchor, Badge, Breadcrumbs, Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconArrowsDiff, IconCopyPlus, IconFileTypeDocx } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { profilesRepo } from "../../../db/repositories/community";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { confirmSoftDelete, DeleteButton } from "../../../app/soft-delete";
import { useLive } from "../../../app/use-live";
import { profileWithSite, siteProfiles, userNames } from "./data";
import { ProfileView } from "./ProfileView";

export function ProfilePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { actor } = useActor();
  const navigate = useNavigate();
  const live = useLive(async () => {
    const { profile, site } = await profileWithSite(actor, id);
    const versions = await siteProfiles(actor, site.id);
    const names = await userNames([profile.createdBy]);
    return { profile, site, versions, preparedBy: names.get(profile.createdBy) ?? "" };
  }, [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { profile, site, versions, preparedBy } = live.data;
  const canWrite = can(actor.role, "records.write");
  const previous = versions.find((v) => v.version < profile.version);
  const latest = versions[0];
  const label = t("profail.versionN", { n: profile.version });

  const remove = () =>
    confirmSoftDelete({
      t,
      name: `${site.name} ${label}`,
      title: t("profail.deleteTitle"),
      message: t("profail.deleteConfirm", { version: label, site: site.name }),
      remove: () => profilesRepo(db).softDelete(actor, profile.id, profile.rev),
      restore: () => profilesRepo(db).restore(actor, profile.id),
      afterRemove: () => navigate(`/profail?tapak=${site.id}`),
      afterRestore: () => navigate(`/profail/${profile.id}`),
    });

  return (
    <Stack maw={1000}>
      <Breadcrumbs>
        <Anchor component={Link} to={`/profail?tapak=${site.id}`} size="sm">
          {t("profail.title")}
        </Anchor>
        <Text size="sm">{site.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="start">
        <Group gap="sm">
          <Title order={3} data-testid="profile-title">
            {label}
          </Title>
          {latest && latest.id === profile.id ? (
            <Badge variant="light" color="teal">
              {t("profail.latest")}
            </Badge>
          ) : (
            latest && (
              <Badge variant="light" color="gray" component={Link} to={`/profail/${latest.id}`}>
                {t("profail.newerExists", { n: latest.version })}
              </Badge>
            )
          )}
        </Group>
        <Group gap="xs">
          {canWrite && (
            <Button
              component={Link}
              to={`/profail/baru?tapak=${site.id}&dari=${profile.id}`}
              leftSection={<IconCopyPlus size={16} />}
            >
              {t("profail.saveAsNew")}
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconArrowsDiff size={16} />}
            disabled={!previous}
            onClick={() => previous && navigate(`/profail/banding?a=${previous.id}&b=${profile.id}`)}
          >
            {t("profail.compareWithPrevious")}
          </Button>
          <Button
            variant="default"
            component={Link}
            leftSection={<IconFileTypeDocx size={16} />}
            to={`/laporan?dokumen=profail-komuniti&tapak=${site.id}&item=${profile.id}`}
            data-testid="profile-report"
          >
            {t("profail.officialDocument")}
          </Button>
          {canWrite && <DeleteButton onClick={remove} />}
        </Group>
      </Group>
      <ProfileView profile={profile} site={site} preparedBy={preparedBy} />
    </Stack>
  );
}
