// Why: the koordinator's view of the pendamping: their caseload against the ratio, their violations with follow-up,
// and the way to the evaluation sheet for contract extension.
import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { seesAllSites } from "../../../../shared/domain/roles";
import { Forbidden, LoadError } from "../../../app/guards";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { violationsOf } from "../../../db/repositories/pkh/violations";
import { sitesRepo } from "../../../db/repositories/sites";
import { CaseloadTable } from "./CaseloadTable";
import { pendampingOf } from "./staff";
import { ViolationsPanel } from "./ViolationsPanel";

export function SupervisionPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const today = todayIn();
  const live = useLive(async () => {
    const sites = (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt);
    const pendamping = await pendampingOf(db, actor);
    const violations = await violationsOf(
      db,
      actor,
      sites.map((s) => s.id),
    );
    return { sites, pendamping, violations };
  }, [actor]);
  if (!seesAllSites(actor.role)) return <Forbidden />;
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { sites, pendamping, violations } = live.data;
  const siteName = (id: string) => sites.find((s) => s.id === id)?.name ?? "";
  return (
    <Stack>
      <div>
        <Title order={2}>{t("pkh.supervisi.title")}</Title>
        <Text c="dimmed">{t("pkh.supervisi.intro")}</Text>
      </div>
      <CaseloadTable pendamping={pendamping} siteName={siteName} bounds={pkhSettingsOf(office).caseload} />
      <ViolationsPanel violations={violations} pendamping={pendamping} />
      <Anchor
        component={Link}
        to={`/laporan?dokumen=lembar-evaluasi&tahun=${today.slice(0, 4)}&bulan=${Number(today.slice(5, 7))}`}
        size="sm"
      >
        {t("pkh.supervisi.openEvaluation")}
      </Anchor>
    </Stack>
  );
}
