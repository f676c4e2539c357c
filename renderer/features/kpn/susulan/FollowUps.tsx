// Why: on the home screen, the KPN welfare cases marked "perlu susulan": the PKMD gives each unassigned one to a site
// (its PPK), and the PPK sees those of their sites and opens a Buku Rekod case from one.
import { Anchor, Button, Card, Group, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { serviceTypes, targetGroups } from "../../../../shared/domain/codes";
import { can } from "../../../../shared/domain/roles";
import { formatDate } from "../../../app/format";
import { notifyError, notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import {
  assignedFollowUps,
  assignFollowUp,
  openCaseFromFollowUp,
  unassignedFollowUps,
  type FollowUp,
} from "../../../db/repositories/kpn/intake-assign";
import { sitesRepo } from "../../../db/repositories/sites";
import { sitesWithStaff } from "../../tapak/site-staff";

export function FollowUps() {
  const { actor } = useActor();
  return (
    <>
      {can(actor.role, "kpn.assign") && <ToAssign />}
      {actor.role === "ppk" && <AssignedToMe />}
    </>
  );
}

function Who({ f }: { f: FollowUp }) {
  return (
    <div>
      {f.person ? (
        <Anchor component={Link} to={`/orang/${f.person.id}`} size="sm" fw={600}>
          {f.person.name}
        </Anchor>
      ) : null}
      <Text size="xs" c="dimmed">
        {formatDate(f.intake.createdAt.slice(0, 10))} · {f.checkpointName}
      </Text>
      <Text size="sm">{f.intake.need}</Text>
    </div>
  );
}

function ToAssign() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(async () => {
    const [rows, sites] = await Promise.all([
      unassignedFollowUps(db, actor),
      sitesRepo(db)
        .list(actor)
        .then((s) => sitesWithStaff(db, s)),
    ]);
    return { rows, sites };
  }, [actor]);
  if (live.loading || live.error || live.data.rows.length === 0) return null;
  const options = live.data.sites.map(({ site, staff }) => ({
    value: site.id,
    label: `${site.code} — ${staff.map((s) => s.name).join(", ") || t("kpnSusulan.noPpk")}`,
  }));
  return (
    <Card
      withBorder
      data-testid="follow-ups-to-assign"
      style={{ borderColor: "var(--mantine-color-orange-4)" }}
    >
      <Title order={5} mb="xs">
        {t("kpnSusulan.toAssign", { count: live.data.rows.length })}
      </Title>
      <Stack gap="sm">
        {live.data.rows.map((f) => (
          <AssignRow key={f.intake.id} f={f} options={options} />
        ))}
      </Stack>
    </Card>
  );
}

function AssignRow({ f, options }: { f: FollowUp; options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [siteId, setSiteId] = useState<string | null>(f.person?.siteId ?? null);
  const [busy, setBusy] = useState(false);
  const assign = async () => {
    setBusy(true);
    try {
      await assignFollowUp(db, actor, f.intake.id, f.intake.rev, { siteId });
      notifySaved(t, t("kpnSusulan.assigned"));
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group justify="space-between" align="flex-end" wrap="nowrap" data-testid="follow-up-row">
      <Who f={f} />
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <Select
          size="xs"
          w={260}
          label={t("kpnSusulan.site")}
          data={options}
          value={siteId}
          onChange={setSiteId}
          data-testid="assign-site"
        />
        <Button
          size="xs"
          loading={busy}
          disabled={!siteId}
          onClick={() => void assign()}
          data-testid="assign"
        >
          {t("kpnSusulan.assign")}
        </Button>
      </Group>
    </Group>
  );
}

function AssignedToMe() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(() => assignedFollowUps(db, actor), [actor]);
  if (live.loading || live.error || live.data.length === 0) return null;
  return (
    <Card withBorder data-testid="follow-ups-assigned">
      <Title order={5} mb="xs">
        {t("kpnSusulan.assignedTitle", { count: live.data.length })}
      </Title>
      <Stack gap="sm">
        {live.data.map((f) => (
          <OpenCaseRow key={f.intake.id} f={f} />
        ))}
      </Stack>
    </Card>
  );
}

function OpenCaseRow({ f }: { f: FollowUp }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const [targetGroup, setTargetGroup] = useState<string | null>(null);
  const [service, setService] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    try {
      const c = await openCaseFromFollowUp(db, actor, f.intake.id, f.intake.rev, { targetGroup, service });
      notifySaved(t, t("kpnSusulan.caseOpened", { recordNo: c.recordNo }));
      void navigate(`/kes/${c.id}`);
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4} data-testid="assigned-row">
      <Who f={f} />
      <Group gap="xs" align="flex-end">
        <Select
          size="xs"
          label={t("kpnSusulan.targetGroup")}
          data={targetGroups.map((g) => ({ value: g, label: t(`code.targetGroup.${g}`) }))}
          value={targetGroup}
          onChange={setTargetGroup}
        />
        <Select
          size="xs"
          w={240}
          label={t("kpnSusulan.service")}
          data={serviceTypes.map((g) => ({ value: g, label: t(`code.service.${g}`) }))}
          value={service}
          onChange={setService}
        />
        <Button size="xs" loading={busy} onClick={() => void open()} data-testid="open-case">
          {t("kpnSusulan.openCase")}
        </Button>
      </Group>
    </Stack>
  );
}
