// Why: the pendamping verifies a month's commitments for a group (or the whole wilayah): each member who owes one
// gets the inputs its rule needs and the outcome as typed; the month is saved in one go, and the households to follow
// up are listed with their consequence from the ladder.
import { Alert, Button, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import {
  commitmentKindOn,
  commitmentRulesOn,
  monthEnd,
  verifyMemberMonth,
} from "../../../../shared/domain/pkh/commitments";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { can } from "../../../../shared/domain/roles";
import { LoadError } from "../../../app/guards";
import { notifyError } from "../../../app/messages";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { ValidationError } from "../../../db/errors";
import { db } from "../../../db/instance";
import { saveMonth } from "../../../db/repositories/pkh/commitments";
import { sitesRepo } from "../../../db/repositories/sites";
import { useMonthName } from "../../laporan/month-name";
import { MonthStepper } from "../agenda/MonthStepper";
import { FollowUpTable } from "./FollowUpTable";
import { loadMonth, type MonthView } from "./load-month";
import { MemberRow } from "./MemberRow";
import { toMemberMonth, valuesOf, type Inputs } from "./inputs";

export function VerificationPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const monthName = useMonthName();
  const today = todayIn();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get("bulan") ?? "") ? params.get("bulan")! : today.slice(0, 7);
  const siteParam = params.get("wilayah");
  const groupParam = params.get("kelompok");
  const live = useLive(async () => {
    const sites = (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt);
    const siteId = sites.find((s) => s.id === siteParam)?.id ?? sites[0]?.id ?? null;
    return { sites, siteId, view: siteId ? await loadMonth(db, actor, siteId, groupParam, month) : null };
  }, [actor, siteParam, groupParam, month]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { sites, siteId, view } = live.data;
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return (
    <Stack>
      <div>
        <Title order={2}>{t("pkh.komitmen.title")}</Title>
        <Text c="dimmed">{t("pkh.komitmen.intro")}</Text>
      </div>
      <Group align="end">
        {sites.length > 1 && (
          <Select
            label={t("pkh.komitmen.site")}
            allowDeselect={false}
            data={sites.map((s) => ({ value: s.id, label: s.name }))}
            value={siteId}
            onChange={(v) => v && set("wilayah", v)}
          />
        )}
        {view && (
          <Select
            label={t("pkh.komitmen.group")}
            allowDeselect={false}
            data={[
              { value: "", label: t("pkh.komitmen.allKpm") },
              ...view.groups.map((g) => ({ value: g.id, label: g.name })),
            ]}
            value={view.groupId ?? ""}
            onChange={(v) => set("kelompok", v ?? "")}
          />
        )}
        <MonthStepper month={month} label={`${monthName(m)} ${y}`} onChange={(next) => set("bulan", next)} />
      </Group>
      {/* While another month is read, the last one's figures are not shown under the new month's name. */}
      {view && siteId && view.month === month && (
        <MonthForm
          key={`${siteId}:${view.groupId}:${view.month}:${view.stamp}`}
          siteId={siteId}
          month={view.month}
          view={view}
        />
      )}
    </Stack>
  );
}

function MonthForm({ siteId, month, view }: { siteId: string; month: string; view: MonthView }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const settings = pkhSettingsOf(office);
  const rules = commitmentRulesOn(settings.commitments, monthEnd(month));
  const [values, setValues] = useState<Record<string, Inputs>>(() => valuesOf(view.stored));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = view.households.flatMap((h) =>
    h.members.flatMap((mem) => {
      const kind = commitmentKindOn(mem, month);
      return kind ? [{ household: h.household, member: mem, kind }] : [];
    }),
  );
  const save = async () => {
    setProblem(null);
    const found: Record<string, string> = {};
    const entries = rows.flatMap(({ household, member, kind }) => {
      const r = toMemberMonth(kind, member, values[member.id]);
      if (r === null) return [];
      if ("missing" in r) {
        found[`${member.id}.${r.missing}`] = "v.required";
        return [];
      }
      return [{ householdId: household.id, memberId: member.id, data: r }];
    });
    setErrors(found);
    if (Object.keys(found).length) return setProblem(t("pkh.komitmen.fixErrors"));
    if (entries.length === 0) return setProblem(t("pkh.komitmen.nothingToSave"));
    setBusy(true);
    try {
      const saved = await saveMonth(db, actor, siteId, month, entries);
      notifications.show({ color: "green", message: t("pkh.komitmen.saved", { count: saved.length }) });
    } catch (e) {
      if (e instanceof ValidationError) {
        setErrors(e.fields);
        setProblem(e.fields.month ? t(e.fields.month) : t("pkh.komitmen.fixErrors"));
      } else notifyError(t, e);
    } finally {
      setBusy(false);
    }
  };
  if (rows.length === 0) return <Text c="dimmed">{t("pkh.komitmen.empty")}</Text>;
  const canWrite = can(actor.role, "records.write");
  return (
    <Stack>
      <Table withTableBorder data-testid="commitment-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("pkh.komitmen.kpm")}</Table.Th>
            <Table.Th>{t("pkh.komitmen.member")}</Table.Th>
            <Table.Th />
            <Table.Th>{t("pkh.komitmen.outcome")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ household, member, kind }) => {
            const data = toMemberMonth(kind, member, values[member.id]);
            const outcome =
              rules && data && !("missing" in data) ? verifyMemberMonth(data, month, rules) : null;
            return (
              <MemberRow
                key={member.id}
                household={household}
                member={member}
                kind={kind}
                values={values[member.id] ?? {}}
                errors={errors}
                outcome={outcome}
                disabled={!canWrite}
                onChange={(patch) =>
                  setValues((all) => ({ ...all, [member.id]: { ...all[member.id], ...patch } }))
                }
              />
            );
          })}
        </Table.Tbody>
      </Table>
      {problem && (
        <Alert color="red" data-testid="commitment-problem">
          {problem}
        </Alert>
      )}
      {canWrite && (
        <Group>
          <Button onClick={() => void save()} loading={busy}>
            {t("pkh.komitmen.save")}
          </Button>
        </Group>
      )}
      {rules && <FollowUpTable view={view} month={month} rules={rules} />}
    </Stack>
  );
}
