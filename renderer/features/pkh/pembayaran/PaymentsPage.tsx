// Why: the pendamping's payment stages: for a wilayah and a tahap, the arrangement and preparation, the stage's
// reconciliation summary with its differences, and every household's payment recorded in place.
import { Select, Stack, Group, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { can } from "../../../../shared/domain/roles";
import { todayIn } from "../../../../shared/domain/dates";
import { parseStageId, stageId, stageOf as stageOfDate } from "../../../../shared/domain/pkh/benefits";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { stageOf, stageSummary } from "../../../db/repositories/pkh/payments";
import { sitesRepo } from "../../../db/repositories/sites";
import { PaymentsTable } from "./PaymentsTable";
import { StageArrangement } from "./StageArrangement";
import { StageStepper } from "./StageStepper";
import { StageSummary } from "./StageSummary";

export function PaymentsPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const today = todayIn();
  const [params, setParams] = useSearchParams();
  const asked = params.get("tahap") ?? "";
  const stage = parseStageId(asked) ? asked : stageId(Number(today.slice(0, 4)), stageOfDate(today));
  const siteParam = params.get("wilayah");
  const live = useLive(async () => {
    const sites = (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt);
    const siteId = sites.find((s) => s.id === siteParam)?.id ?? sites[0]?.id ?? null;
    if (!siteId) return { sites, siteId, stage: null, summary: null, payments: [] };
    const [record, { payments, summary }] = await Promise.all([
      stageOf(db, actor, siteId, stage),
      stageSummary(db, actor, siteId, stage),
    ]);
    return { sites, siteId, stage: record, summary, payments };
  }, [actor, stage, siteParam]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { sites, siteId } = live.data;
  const canWrite = can(actor.role, "records.write");
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  return (
    <Stack>
      <div>
        <Title order={2}>{t("pkh.bayar.title")}</Title>
        <Text c="dimmed">{t("pkh.bayar.intro")}</Text>
      </div>
      <Group align="end">
        {sites.length > 1 && (
          <Select
            label={t("pkh.bayar.site")}
            allowDeselect={false}
            data={sites.map((s) => ({ value: s.id, label: s.name }))}
            value={siteId}
            onChange={(v) => v && set("wilayah", v)}
          />
        )}
        <StageStepper stage={stage} onChange={(next) => set("tahap", next)} />
      </Group>
      {!siteId && <Text c="dimmed">{t("pkh.bayar.noSites")}</Text>}
      {live.data.stage && (
        <StageArrangement
          key={`${live.data.stage.siteId}:${live.data.stage.stageId}:${live.data.stage.rev}`}
          stage={live.data.stage}
          canWrite={canWrite}
        />
      )}
      {live.data.summary && live.data.payments.length > 0 && (
        <>
          <StageSummary summary={live.data.summary} />
          <PaymentsTable
            key={`${siteId}:${stage}`}
            payments={live.data.payments}
            summary={live.data.summary}
            canWrite={canWrite}
          />
        </>
      )}
      {live.data.stage?.preparedOn && live.data.payments.length === 0 && (
        <Text c="dimmed">{t("pkh.bayar.empty")}</Text>
      )}
    </Stack>
  );
}
