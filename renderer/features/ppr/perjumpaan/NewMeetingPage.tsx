// Why: records a meeting held at a site; it opens afterwards so its action items and needs can be added.
import { Anchor, Breadcrumbs, Paper, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { MeetingInput } from "../../../../shared/domain/community";
import { todayIn } from "../../../../shared/domain/dates";
import { db } from "../../../db/instance";
import { AccessError } from "../../../db/errors";
import { meetingsRepo } from "../../../db/repositories/community";
import { LoadError } from "../../../app/guards";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { MeetingForm } from "./MeetingForm";
import { SiteSelect, useSiteChoice } from "./site-choice";

export function NewMeetingPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const choice = useSiteChoice();
  if (choice.loading) return null;
  if (choice.error) return <LoadError error={choice.error} />;
  const { site } = choice;
  if (!site) return <LoadError error={new AccessError()} />;
  const initial: MeetingInput = {
    siteId: site.id,
    date: todayIn(),
    time: "",
    type: "perjumpaan",
    venue: "",
    attendees: [],
    agenda: "",
    minutes: "",
    decisions: "",
  };
  return (
    <Stack maw={1000}>
      <Breadcrumbs>
        <Anchor component={Link} to={`/perjumpaan?tapak=${site.id}`} size="sm">
          {t("perjumpaan.title")}
        </Anchor>
        <span>{site.name}</span>
      </Breadcrumbs>
      <Title order={3}>{t("perjumpaan.newTitle")}</Title>
      <SiteSelect sites={choice.sites} value={site.id} onChange={(v) => choice.setParam("tapak", v)} />
      <Paper withBorder p="md">
        <MeetingForm
          key={site.id}
          draftKey={`meeting:new:${site.id}`}
          initial={initial}
          rev={null}
          submitLabel={t("perjumpaan.save")}
          onSave={async (values) => {
            const m = await meetingsRepo(db).create(actor, values);
            notifySaved(t, t("perjumpaan.savedNew"));
            return { next: () => navigate(`/perjumpaan/${m.id}`) };
          }}
        />
      </Paper>
    </Stack>
  );
}
