// Why: one Buku Rekod entry: its particulars, its timeline of notes and actions, its referrals and investigations.
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useSensitiveView } from "../../audit/use-sensitive-view";
import type { CaseInput } from "../../../../shared/domain/case";
import { can } from "../../../../shared/domain/roles";
import type { CaseRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { casesRepo, caseWithTimeline } from "../../../db/repositories/cases";
import { formatDateTime, joinParts } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { DeleteButton } from "../../../app/soft-delete";
import { confirmDeleteWithReason } from "../../../app/delete-with-reason";
import { useLive } from "../../../app/use-live";
import { CaseReferrals } from "../rujukan/CaseReferrals";
import { CaseInvestigations } from "../siasatan/CaseInvestigations";
import { CaseForm } from "./CaseForm";
import { CaseTimeline } from "./CaseTimeline";
import { statusColor } from "./status";

function inputOf(c: CaseRecord): CaseInput {
  const {
    id: _i,
    createdAt: _c,
    createdBy: _cb,
    updatedAt: _u,
    updatedBy: _ub,
    rev: _r,
    deletedAt: _d,
    recordNo: _n,
    year: _y,
    seq: _s,
    ...input
  } = c;
  return { ...input, sensitive: input.sensitive ?? false };
}

export function CasePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  useSensitiveView("cases", id);
  const { actor } = useActor();
  const navigate = useNavigate();
  const live = useLive(async () => {
    const data = await caseWithTimeline(db, actor, id);
    const [site, officers, users] = await Promise.all([
      db.sites.get(data.case.siteId),
      db.users.filter((u) => !u.disabled && (u.role === "ppk" || u.role === "pkmd")).toArray(),
      db.users.toArray(),
    ]);
    return { ...data, site, officers, names: new Map(users.map((u) => [u.id, u.name])) };
  }, [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { case: c, person, notes, site, officers, names } = live.data;
  const canWrite = can(actor.role, "records.write");

  const remove = () =>
    confirmDeleteWithReason({
      t,
      name: c.recordNo,
      title: t("bukuRekod.deleteTitle"),
      message: t("bukuRekod.deleteConfirm", { recordNo: c.recordNo }),
      remove: (reason) => casesRepo(db).softDelete(actor, c.id, c.rev, reason),
      restore: () => casesRepo(db).restore(actor, c.id),
      afterRemove: () => navigate("/buku-rekod"),
      afterRestore: () => navigate(`/kes/${c.id}`),
    });

  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="start">
        <div>
          <Group gap="sm">
            <Title order={3} ff="monospace" data-testid="case-title">
              {c.recordNo}
            </Title>
            <Badge size="lg" variant="light" color={statusColor(c.status)} data-testid="case-status">
              {t(`code.caseStatus.${c.status}`)}
            </Badge>
            {c.legacyNo && (
              <Text size="sm" c="dimmed" data-testid="case-legacy-no">
                {t("imp.legacyNo")}: {c.legacyNo}
              </Text>
            )}
          </Group>
          <Text size="sm">
            <Anchor component={Link} to={`/orang/${person.id}`} fw={600}>
              {person.name}
            </Anchor>{" "}
            ·{" "}
            {joinParts(
              person.docNo || t(`code.docType.${person.docType}`),
              person.unit,
              person.phone,
              site?.name,
            )}
          </Text>
          <Text size="xs" c="dimmed">
            {t("common.lastChanged", { at: formatDateTime(c.updatedAt) })} · {names.get(c.updatedBy) ?? ""}
          </Text>
        </div>
      </Group>
      <Paper withBorder p="md">
        <CaseForm
          key={c.id}
          draftKey={`case:${c.id}`}
          initial={inputOf(c)}
          rev={c.rev}
          officers={officers}
          readOnly={!canWrite}
          submitLabel={t("common.save")}
          onSave={async (values, baseRev) => {
            const saved = await casesRepo(db).update(actor, c.id, baseRev ?? c.rev, values);
            notifySaved(t);
            return { rev: saved.rev };
          }}
          extraActions={<DeleteButton onClick={remove} />}
        />
      </Paper>
      <CaseTimeline caseRecord={c} notes={notes} names={names} canWrite={canWrite} />
      <CaseReferrals caseRecord={c} />
      <CaseInvestigations caseRecord={c} />
    </Stack>
  );
}
