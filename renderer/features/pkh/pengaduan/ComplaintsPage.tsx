// Why: the wilayah's complaints with where each stands (status, deadline in working days, overdue flagged), filtered
// to the open or overdue ones, and the form to record a new one.
import {
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import { can } from "../../../../shared/domain/roles";
import {
  pkhCalendar,
  pkhComplaintDeadline,
  pkhComplaintStatus,
} from "../../../../shared/domain/pkh/complaints";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { complaintsOfSite } from "../../../db/repositories/pkh/complaints";
import { sitesRepo } from "../../../db/repositories/sites";
import { pkhCategoryLabel } from "./category-label";
import { ComplaintForm } from "./ComplaintForm";
import { ComplaintStatus } from "./ComplaintStatus";

type Filter = "open" | "overdue" | "all";

export function ComplaintsPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const today = todayIn();
  const settings = pkhSettingsOf(office);
  const cal = pkhCalendar(office);
  const filter = (
    ["open", "overdue", "all"].includes(params.get("tampil") ?? "") ? params.get("tampil") : "open"
  ) as Filter;
  const siteParam = params.get("wilayah");
  const live = useLive(async () => {
    const sites = (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt);
    const siteId = sites.find((s) => s.id === siteParam)?.id ?? sites[0]?.id ?? null;
    const complaints = siteId ? await complaintsOfSite(db, actor, siteId) : [];
    const kpm = await db.pkhHouseholds.bulkGet([...new Set(complaints.map((c) => c.kpmId))]);
    return { sites, siteId, complaints, kpm: new Map(kpm.flatMap((h) => (h ? [[h.id, h]] : []))) };
  }, [actor, siteParam]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { sites, siteId, complaints, kpm } = live.data;
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const adding = params.get("baru") !== null;
  const rows = complaints
    .map((c) => ({ c, due: pkhComplaintDeadline(c, today, cal, settings.complaints.deadlineDays) }))
    .filter(({ c, due }) => (filter === "all" ? true : filter === "open" ? !c.resolvedDate : due.overdue));
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t("pkh.aduan.title")}</Title>
          <Text c="dimmed">{t("pkh.aduan.intro")}</Text>
        </div>
        {can(actor.role, "records.write") && siteId && !adding && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => set("baru", "")}>
            {t("pkh.aduan.add")}
          </Button>
        )}
      </Group>
      <Group align="end">
        {sites.length > 1 && (
          <Select
            label={t("pkh.aduan.site")}
            allowDeselect={false}
            data={sites.map((s) => ({ value: s.id, label: s.name }))}
            value={siteId}
            onChange={(v) => v && set("wilayah", v)}
          />
        )}
        <SegmentedControl
          value={filter}
          onChange={(v) => set("tampil", v)}
          data={[
            { value: "open", label: t("pkh.aduan.filterOpen") },
            { value: "overdue", label: t("pkh.aduan.filterOverdue") },
            { value: "all", label: t("pkh.aduan.filterAll") },
          ]}
        />
      </Group>
      {adding && siteId && (
        <ComplaintForm
          siteId={siteId}
          kpmId={params.get("kpm") ?? undefined}
          onDone={(id) => (id ? navigate(`/pengaduan/${id}`) : navigate("/pengaduan", { replace: true }))}
        />
      )}
      {rows.length === 0 ? (
        <Text c="dimmed">{t("pkh.aduan.empty")}</Text>
      ) : (
        <Table withTableBorder striped data-testid="complaints-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("pkh.aduan.refNo")}</Table.Th>
              <Table.Th>{t("pkh.aduan.receivedDate")}</Table.Th>
              <Table.Th>{t("pkh.aduan.kpm")}</Table.Th>
              <Table.Th>{t("pkh.aduan.category")}</Table.Th>
              <Table.Th>{t("pkh.aduan.status")}</Table.Th>
              <Table.Th>{t("pkh.aduan.dueBy")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ c, due }) => {
              const h = kpm.get(c.kpmId);
              return (
                <Table.Tr key={c.id} data-testid="complaint-row">
                  <Table.Td ff="monospace">
                    <Anchor component={Link} to={`/pengaduan/${c.id}`}>
                      {c.refNo}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(c.receivedDate)}</Table.Td>
                  <Table.Td>{h ? `${h.headName} (${h.kpmNo})` : ""}</Table.Td>
                  <Table.Td>{pkhCategoryLabel(t, settings.complaints.categories, c.category)}</Table.Td>
                  <Table.Td>
                    <ComplaintStatus status={pkhComplaintStatus(c)} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {formatDate(due.dueBy)}
                      {due.overdue && (
                        <Badge color="red" variant="filled" size="sm">
                          {t("pkh.aduan.overdue")}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
