// Why: the pendamping's P2K2 sessions: a wilayah's month of sessions (planned and held), planning a new one from the
// curriculum, and the KPM absent from recent sessions to follow up; a koordinator chooses among every wilayah.
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { addDays, todayIn } from "../../../../shared/domain/dates";
import { can } from "../../../../shared/domain/roles";
import { LoadError } from "../../../app/guards";
import { formatDate } from "../../../app/format";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { absenteesBetween, p2k2Curriculum, sessionsBetween } from "../../../db/repositories/pkh/p2k2";
import { sitesRepo } from "../../../db/repositories/sites";
import { monthRange } from "../../laporan/figures";
import { useMonthName } from "../../laporan/month-name";
import { SessionForm } from "./SessionForm";
import { Absentees } from "./Absentees";
import { MonthStepper } from "../agenda/MonthStepper";

/** How far back the follow-up list looks. */
const FOLLOW_UP_DAYS = 92;

export function P2k2Page() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const monthName = useMonthName();
  const curriculum = p2k2Curriculum(useOffice());
  const navigate = useNavigate();
  const today = todayIn();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get("bulan") ?? "") ? params.get("bulan")! : today.slice(0, 7);
  const [planning, setPlanning] = useState(false);
  const live = useLive(async () => {
    const sites = (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt);
    const siteId = sites.find((s) => s.id === params.get("wilayah"))?.id ?? sites[0]?.id ?? null;
    if (!siteId) return { sites, siteId, sessions: [], groups: [], absent: [] };
    const { from, to } = monthRange(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    const [sessions, groups, absent] = await Promise.all([
      sessionsBetween(db, actor, [siteId], from, to),
      db.pkhGroups.where("siteId").equals(siteId).toArray(),
      absenteesBetween(db, actor, siteId, addDays(today, -FOLLOW_UP_DAYS), today),
    ]);
    const liveGroups = groups.filter((g) => !g.deletedAt).sort((a, b) => a.name.localeCompare(b.name, "id"));
    return { sites, siteId, sessions, groups: liveGroups, absent };
  }, [actor, month, params.get("wilayah"), today]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { sites, siteId, sessions, groups, absent } = live.data;
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const canWrite = can(actor.role, "records.write");
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t("pkh.p2k2.title")}</Title>
          <Text c="dimmed">{t("pkh.p2k2.intro")}</Text>
        </div>
        <Group>
          <Button
            component={Link}
            variant="default"
            to={`/p2k2/kemajuan${siteId ? `?wilayah=${siteId}` : ""}`}
          >
            {t("pkh.p2k2.progressLink")}
          </Button>
          {canWrite && siteId && !planning && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setPlanning(true)}>
              {t("pkh.p2k2.plan")}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="end">
        {sites.length > 1 && (
          <Select
            label={t("pkh.p2k2.site")}
            allowDeselect={false}
            data={sites.map((s) => ({ value: s.id, label: s.name }))}
            value={siteId}
            onChange={(v) => v && set("wilayah", v)}
          />
        )}
        <MonthStepper month={month} label={`${monthName(m)} ${y}`} onChange={(next) => set("bulan", next)} />
      </Group>
      {planning && siteId && (
        <SessionForm
          siteId={siteId}
          groups={groups}
          day={month === today.slice(0, 7) ? today : `${month}-01`}
          onDone={(id) => {
            setPlanning(false);
            if (id) void navigate(`/p2k2/${id}`);
          }}
        />
      )}
      {sessions.length === 0 ? (
        <Text c="dimmed">{t("pkh.p2k2.none")}</Text>
      ) : (
        <Table withTableBorder striped data-testid="p2k2-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{t("pkh.p2k2.col.date")}</Table.Th>
              <Table.Th>{t("pkh.p2k2.col.module")}</Table.Th>
              <Table.Th>{t("pkh.p2k2.col.group")}</Table.Th>
              <Table.Th>{t("pkh.p2k2.col.place")}</Table.Th>
              <Table.Th>{t("pkh.p2k2.col.attendance")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => {
              const mod = curriculum.find((x) => x.code === s.moduleCode);
              const present = s.attendance.filter((a) => a.status === "hadir").length;
              return (
                <Table.Tr key={s.id} data-testid="p2k2-row">
                  <Table.Td>{formatDate(s.date)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/p2k2/${s.id}`} fw={600}>
                      {mod?.name ?? s.moduleCode}
                    </Anchor>
                    <Text size="xs">
                      {t("pkh.p2k2.sessionOf", { no: s.sessionNo, of: mod?.sessions ?? s.sessionNo })}
                    </Text>
                  </Table.Td>
                  <Table.Td>{groupName.get(s.groupId) ?? "—"}</Table.Td>
                  <Table.Td>{s.place}</Table.Td>
                  <Table.Td>
                    {s.attendance.length ? (
                      t("pkh.p2k2.presentOf", { present, total: s.attendance.length })
                    ) : (
                      <Badge variant="light" color="gray">
                        {t("pkh.p2k2.notRecorded")}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Absentees rows={absent} groupName={groupName} curriculum={curriculum} />
    </Stack>
  );
}
