// Why: one site's page; the data layer refuses a site the user is not assigned to, whatever the URL says.
import { Stack, Text, Title } from "@mantine/core";
import { withoutMeta } from "../../../shared/domain/record";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { can } from "../../../shared/domain/roles";
import type { SiteInput } from "../../../shared/domain/site";
import { db } from "../../db/instance";
import { sitesRepo } from "../../db/repositories/sites";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { LoadError } from "../../app/guards";
import { notifySaved } from "../../app/messages";
import { confirmSoftDelete, DeleteButton } from "../../app/soft-delete";
import { formatDateTime } from "../../app/format";
import { SiteForm } from "./SiteForm";

export function SitePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { actor } = useActor();
  const navigate = useNavigate();
  const live = useLive(() => sitesRepo(db).get(actor, id), [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const site = live.data;
  const canEdit = can(actor.role, "sites.manage");
  const initial = withoutMeta(site);

  const remove = () =>
    confirmSoftDelete({
      t,
      name: site.name,
      title: t("site.deleteTitle"),
      message: t("site.deleteConfirm", { name: site.name }),
      remove: () => sitesRepo(db).softDelete(actor, site.id, site.rev),
      restore: () => sitesRepo(db).restore(actor, site.id),
      afterRemove: () => navigate("/tapak"),
      afterRestore: () => navigate(`/tapak/${site.id}`),
    });

  return (
    <Stack maw={900}>
      <Title order={3} data-testid="site-title">
        {site.name}
      </Title>
      <Text size="sm" c="dimmed">
        {t("common.lastChanged", { at: formatDateTime(site.updatedAt) })}
      </Text>
      <SiteForm
        key={site.id}
        draftKey={`site:${site.id}`}
        initial={initial as SiteInput}
        rev={site.rev}
        readOnly={!canEdit}
        onSave={async (values, baseRev) => {
          const saved = await sitesRepo(db).update(actor, site.id, baseRev ?? site.rev, values);
          notifySaved(t);
          return { rev: saved.rev };
        }}
        extraActions={<DeleteButton onClick={remove} />}
      />
    </Stack>
  );
}
