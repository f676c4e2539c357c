// Why: one P2K2 session: what was planned, the Daftar Hadir to print before it (the Laporan screen's document), and
// attendance with the CKP to record after it.
import { Anchor, Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconPencil, IconPrinter, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { can } from "../../../../shared/domain/roles";
import { LoadError } from "../../../app/guards";
import { formatDate } from "../../../app/format";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { softDeleteWithUndo } from "../../../app/soft-delete";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { ckpItems, p2k2Curriculum, p2k2Repo, rosterOf } from "../../../db/repositories/pkh/p2k2";
import { AttendanceForm } from "./AttendanceForm";
import { SessionForm } from "./SessionForm";

export function SessionPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const [editing, setEditing] = useState(false);
  const live = useLive(async () => {
    const session = await p2k2Repo(db).get(actor, id);
    const [roster, group, groups] = await Promise.all([
      rosterOf(db, session.siteId, session.groupId),
      db.pkhGroups.get(session.groupId),
      db.pkhGroups.where("siteId").equals(session.siteId).toArray(),
    ]);
    return { session, roster, group, groups: groups.filter((g) => !g.deletedAt) };
  }, [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { session, roster, group, groups } = live.data;
  const mod = p2k2Curriculum(office).find((m) => m.code === session.moduleCode);
  const canWrite = can(actor.role, "records.write");
  const [y, m] = [session.date.slice(0, 4), String(Number(session.date.slice(5, 7)))];
  const print = `/laporan?dokumen=daftar-hadir-p2k2&tapak=${session.siteId}&tahun=${y}&bulan=${m}&item=${session.id}`;
  const remove = () =>
    softDeleteWithUndo({
      t,
      name: `${mod?.name ?? session.moduleCode} ${session.sessionNo}`,
      remove: () => p2k2Repo(db).softDelete(actor, session.id, session.rev),
      restore: () => p2k2Repo(db).restore(actor, session.id),
      afterRemove: () => void navigate("/p2k2"),
    });
  return (
    <Stack>
      <Anchor
        component={Link}
        to={`/p2k2?wilayah=${session.siteId}&bulan=${session.date.slice(0, 7)}`}
        size="sm"
      >
        {t("pkh.p2k2.session.back")}
      </Anchor>
      <Group justify="space-between" align="start">
        <div>
          <Title order={2} data-testid="p2k2-session-title">
            {t("pkh.p2k2.session.details", {
              module: mod?.name ?? session.moduleCode,
              no: session.sessionNo,
              of: mod?.sessions ?? session.sessionNo,
            })}
          </Title>
          <Text>
            {group?.name} ·{" "}
            {t("pkh.p2k2.session.when", { date: formatDate(session.date), place: session.place })}
          </Text>
          <Text size="sm" c="dimmed">
            {t("pkh.p2k2.session.facilitator", { name: session.facilitator })} ·{" "}
            {t("pkh.p2k2.session.roster", { count: roster.length })}
          </Text>
        </div>
        <Group>
          <Button component={Link} to={print} leftSection={<IconPrinter size={16} />}>
            {t("pkh.p2k2.session.print")}
          </Button>
          {canWrite && (
            <>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing(true)}
              >
                {t("pkh.p2k2.session.edit")}
              </Button>
              <Button
                variant="default"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => void remove()}
              >
                {t("pkh.p2k2.session.delete")}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {editing && (
        <SessionForm
          siteId={session.siteId}
          groups={groups}
          session={session}
          day={session.date}
          onDone={() => setEditing(false)}
        />
      )}
      <AttendanceForm
        key={`${session.id}:${session.rev}`}
        session={session}
        roster={roster}
        items={ckpItems(office)}
        canWrite={canWrite}
      />
    </Stack>
  );
}
