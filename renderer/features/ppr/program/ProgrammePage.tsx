// Why: one programme: its plan, then who came, what came of it, how it went, and its photos.
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { withoutMeta } from "../../../../shared/domain/record";
import { IconArrowLeft } from "@tabler/icons-react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { ProgrammeInput } from "../../../../shared/domain/community";
import { can } from "../../../../shared/domain/roles";
import type { ProgrammeRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { programmesRepo } from "../../../db/repositories/community";
import { formatDateTime } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { confirmSoftDelete, DeleteButton } from "../../../app/soft-delete";
import { useLive } from "../../../app/use-live";
import { programmeDates, programmeStatusColor } from "./labels";
import { monthOf } from "./month";
import { ProgrammeForm } from "./ProgrammeForm";
import { RecordPhotos } from "../../foto/RecordPhotos";

function inputOf(p: ProgrammeRecord): ProgrammeInput {
  const input = withoutMeta(p);
  return input;
}

export function ProgrammePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { actor } = useActor();
  const navigate = useNavigate();
  const live = useLive(async () => {
    const programme = await programmesRepo(db).get(actor, id);
    const [site, need, persons, updatedBy, partners] = await Promise.all([
      db.sites.get(programme.siteId),
      programme.needId ? db.needs.get(programme.needId) : Promise.resolve(undefined),
      db.persons
        .where("siteId")
        .equals(programme.siteId)
        .filter((p) => !p.deletedAt)
        .sortBy("name"),
      db.users.get(programme.updatedBy),
      db.organisations.bulkGet(programme.partnerIds),
    ]);
    const named = partners.flatMap((o) => (o ? [o] : []));
    return { programme, site, need, persons, updatedBy: updatedBy?.name ?? "", partners: named };
  }, [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { programme: p, site, need, persons, updatedBy, partners } = live.data;
  const canWrite = can(actor.role, "records.write");
  const listLink = `/program?tapak=${p.siteId}&bulan=${monthOf(p.startDate)}`;

  const remove = () =>
    confirmSoftDelete({
      t,
      name: p.title,
      title: t("program.deleteTitle"),
      message: t("program.deleteConfirm", { title: p.title }),
      remove: () => programmesRepo(db).softDelete(actor, p.id, p.rev),
      restore: () => programmesRepo(db).restore(actor, p.id),
      afterRemove: () => navigate(listLink),
      afterRestore: () => navigate(`/program/${p.id}`),
    });

  return (
    <Stack maw={1100}>
      <div>
        <Anchor component={Link} to={listLink} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            {t("program.backToList")}
          </Group>
        </Anchor>
        <Group gap="sm" mt={4}>
          <Title order={3} data-testid="programme-title">
            {p.title}
          </Title>
          <Badge
            size="lg"
            variant="light"
            color={programmeStatusColor(p.status)}
            data-testid="programme-status"
          >
            {t(`program.statuses.${p.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {programmeDates(p)} · {p.venue} · {site?.name} · {t(`program.categories.${p.category}`)}
        </Text>
        {(partners.length > 0 || p.partners.trim() !== "") && (
          <Text size="sm" data-testid="programme-partners">
            {t("program.directoryPartners")}:{" "}
            {partners.map((o, i) => (
              <Fragment key={o.id}>
                {i > 0 && "; "}
                <Anchor component={Link} to={`/direktori/${o.id}`}>
                  {o.name}
                </Anchor>
              </Fragment>
            ))}
            {p.partners.trim() && `${partners.length ? "; " : ""}${p.partners.trim()}`}
          </Text>
        )}
        {need && (
          <Text size="sm">
            {t("program.forNeed")}:{" "}
            <Anchor component={Link} to={`/keperluan/${need.id}`}>
              {need.problem}
            </Anchor>
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t("common.lastChanged", { at: formatDateTime(p.updatedAt) })} · {updatedBy}
        </Text>
      </div>
      <Paper withBorder p="md">
        <ProgrammeForm
          key={p.id}
          draftKey={`programme:${p.id}`}
          initial={inputOf(p)}
          rev={p.rev}
          sites={site ? [site] : []}
          siteLocked
          full
          persons={persons}
          readOnly={!canWrite}
          submitLabel={t("common.save")}
          onSave={async (values, baseRev) => {
            const saved = await programmesRepo(db).update(actor, p.id, baseRev ?? p.rev, values);
            notifySaved(t);
            return { rev: saved.rev };
          }}
          extraActions={<DeleteButton onClick={remove} />}
        />
      </Paper>
      <Paper withBorder p="md">
        <RecordPhotos owner={{ table: "programmes", id: p.id, siteId: p.siteId }} />
      </Paper>
    </Stack>
  );
}
