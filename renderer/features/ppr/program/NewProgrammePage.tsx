// Why: plan a programme for a site, possibly answering a need the community raised; the rest is filled in once it is held.
import { Alert, Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { emptyProgramme, type ProgrammeInput } from "../../../../shared/domain/community";
import { todayIn } from "../../../../shared/domain/dates";
import { db } from "../../../db/instance";
import { needsRepo, programmesRepo } from "../../../db/repositories/community";
import { sitesRepo } from "../../../db/repositories/sites";
import { LoadError } from "../../../app/guards";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { ProgrammeForm } from "./ProgrammeForm";

export function NewProgrammePage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const needId = params.get("keperluan");
  const wantedSite = params.get("tapak");
  const live = useLive(async () => {
    const [sites, need] = await Promise.all([
      sitesRepo(db).list(actor),
      needId ? needsRepo(db).get(actor, needId) : Promise.resolve(null),
    ]);
    return { sites, need };
  }, [actor, needId]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { sites, need } = live.data;
  const siteId = need?.siteId ?? sites.find((s) => s.id === wantedSite)?.id ?? sites[0]?.id ?? "";
  const initial: ProgrammeInput = { ...emptyProgramme(siteId, todayIn()), needId: need?.id ?? null };

  return (
    <Stack maw={1100}>
      <div>
        <Title order={3}>{t("program.newTitle")}</Title>
        <Text size="sm" c="dimmed">
          {t("program.newIntro")}
        </Text>
      </div>
      {need && (
        <Alert color="blue" title={t("program.forNeed")} data-testid="programme-need">
          <Anchor component={Link} to={`/keperluan/${need.id}`}>
            {need.problem}
          </Anchor>
        </Alert>
      )}
      {sites.length === 0 ? (
        <Text c="dimmed">{t("program.noSites")}</Text>
      ) : (
        <Paper withBorder p="md">
          <ProgrammeForm
            draftKey={need ? `programme:new:need:${need.id}` : "programme:new"}
            initial={initial}
            rev={null}
            sites={sites}
            siteLocked={!!need}
            submitLabel={t("program.create")}
            onSave={async (values) => {
              const p = await programmesRepo(db).create(actor, values);
              notifySaved(t, t("program.created", { title: p.title }));
              return { next: () => navigate(`/program/${p.id}`) };
            }}
          />
        </Paper>
      )}
    </Stack>
  );
}
