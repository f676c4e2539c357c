// Why: record a walk-in: find or register the person, then the entry; the record number is given on save.
import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { joinParts } from "../../../app/format";
import { useNavigate, useSearchParams } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import type { CaseInput } from "../../../../shared/domain/case";
import type { PersonRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { casesRepo } from "../../../db/repositories/cases";
import { personsRepo } from "../../../db/repositories/persons";
import { sitesRepo } from "../../../db/repositories/sites";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { emptyPerson, PersonForm } from "../orang/PersonForm";
import { CaseForm } from "./CaseForm";
import { PersonPicker, type Typed } from "./PersonPicker";

export function NewCasePage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const personId = params.get("orang");
  const [registering, setRegistering] = useState<Typed | null>(null);
  const live = useLive(async () => {
    const [sites, officers, person] = await Promise.all([
      sitesRepo(db).list(actor),
      db.users.filter((u) => !u.disabled && (u.role === "ppk" || u.role === "pkmd")).toArray(),
      personId ? personsRepo(db).get(actor, personId) : Promise.resolve(null),
    ]);
    return { sites, officers, person };
  }, [actor, personId]);
  if (live.loading || live.error) return null;
  const { sites, officers, person } = live.data;
  const pick = (p: PersonRecord) => {
    setRegistering(null);
    setParams({ orang: p.id }, { replace: true });
  };

  const initial: CaseInput | null = person && {
    siteId: person.siteId,
    personId: person.id,
    date: todayIn(),
    // Left empty so the officer chooses; typing then filters the list.
    targetGroup: "" as CaseInput["targetGroup"],
    problem: "",
    service: "" as CaseInput["service"],
    action: "",
    officerId: actor.userId,
    followUpDate: "",
    status: "baru",
    sensitive: false,
  };

  return (
    <Stack maw={1100}>
      <Title order={3}>{t("bukuRekod.newCaseTitle")}</Title>
      {!person && registering === null && (
        <Paper withBorder p="md">
          <PersonPicker onPick={pick} onRegister={setRegistering} />
        </Paper>
      )}
      {!person && registering !== null && (
        <Paper withBorder p="md">
          <Group justify="space-between" mb="sm">
            <Title order={5}>{t("orang.newTitle")}</Title>
            <Button size="xs" variant="subtle" onClick={() => setRegistering(null)}>
              {t("bukuRekod.backToSearch")}
            </Button>
          </Group>
          <PersonForm
            draftKey="person:walk-in"
            initial={emptyPerson(sites[0]?.id ?? "", registering.docNo, registering.name)}
            rev={null}
            sites={sites}
            submitLabel={t("orang.registerAndContinue")}
            onExisting={pick}
            onSave={async (values) => {
              const p = await personsRepo(db).create(actor, values);
              return { next: () => pick(p) };
            }}
          />
        </Paper>
      )}
      {person && initial && (
        <>
          <Paper withBorder p="sm" data-testid="case-person">
            <Group justify="space-between">
              <div>
                <Text fw={700}>{person.name}</Text>
                <Text size="sm" c="dimmed">
                  {joinParts(
                    person.docNo || t(`code.docType.${person.docType}`),
                    person.unit,
                    person.phone,
                    sites.find((s) => s.id === person.siteId)?.name,
                  )}
                </Text>
              </div>
              <Button size="xs" variant="subtle" onClick={() => setParams({}, { replace: true })}>
                {t("bukuRekod.changePerson")}
              </Button>
            </Group>
          </Paper>
          <CaseForm
            key={person.id}
            draftKey={`case:new:${person.id}`}
            initial={initial}
            rev={null}
            officers={officers}
            autoFocus
            submitLabel={t("bukuRekod.saveCase")}
            onSave={async (values) => {
              const c = await casesRepo(db).create(actor, values);
              notifications.show({ color: "green", message: t("bukuRekod.saved", { recordNo: c.recordNo }) });
              return { next: () => navigate(`/kes/${c.id}`) };
            }}
          />
        </>
      )}
    </Stack>
  );
}
