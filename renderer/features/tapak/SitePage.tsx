// Why: one site's page; the data layer refuses a site the user is not assigned to, whatever the URL says.
import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { modals } from "@mantine/modals";
import { IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { can } from "../../../shared/domain/roles";
import type { SiteInput } from "../../../shared/domain/site";
import { db } from "../../db/instance";
import { sitesRepo } from "../../db/repositories/sites";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { LoadError } from "../../app/guards";
import { notifyError, notifySaved } from "../../app/messages";
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
  const {
    id: _i,
    createdAt: _c,
    createdBy: _cb,
    updatedAt: _u,
    updatedBy: _ub,
    rev: _r,
    deletedAt: _d,
    ...initial
  } = site;

  const remove = () =>
    modals.openConfirmModal({
      title: t("site.deleteTitle"),
      children: <Text size="sm">{t("site.deleteConfirm", { name: site.name })}</Text>,
      labels: { confirm: t("common.delete"), cancel: t("common.cancel") },
      confirmProps: { color: "red" },
      onConfirm: async () => {
        try {
          await sitesRepo(db).softDelete(actor, site.id, site.rev);
          navigate("/tapak");
          const nid = notifications.show({
            message: (
              <Group justify="space-between">
                {t("common.movedToBin", { name: site.name })}
                <Button
                  size="xs"
                  variant="light"
                  onClick={async () => {
                    notifications.hide(nid);
                    await sitesRepo(db).restore(actor, site.id);
                    navigate(`/tapak/${site.id}`);
                  }}
                >
                  {t("common.undo")}
                </Button>
              </Group>
            ),
            autoClose: 10000,
          });
        } catch (e) {
          notifyError(t, e);
        }
      },
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
        extraActions={
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
            {t("common.delete")}
          </Button>
        }
      />
    </Stack>
  );
}
