// Why: register a resident at one of the user's sites.
import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { db } from "../../../db/instance";
import { personsRepo } from "../../../db/repositories/persons";
import { sitesRepo } from "../../../db/repositories/sites";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { emptyPerson, PersonForm } from "./PersonForm";

export function NewPersonPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const sites = useLive(() => sitesRepo(db).list(actor), [actor]);
  if (sites.loading || sites.error) return null;
  return (
    <Stack maw={1100}>
      <Title order={3}>{t("orang.newTitle")}</Title>
      <PersonForm
        draftKey="person:new"
        initial={emptyPerson(sites.data[0]?.id ?? "", params.get("kp") ?? "")}
        rev={null}
        sites={sites.data}
        submitLabel={t("orang.register")}
        onExisting={(p) => navigate(`/orang/${p.id}`)}
        onSave={async (values) => {
          const p = await personsRepo(db).create(actor, values);
          notifySaved(t, t("orang.registered", { name: p.name }));
          return { next: () => navigate(`/orang/${p.id}`) };
        }}
      />
    </Stack>
  );
}
