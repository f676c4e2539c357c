// Why: a welfare case met at the checkpoint: find the person (or register them with the Buku Rekod's MyKad rules) and,
// with one Save, open a Buku Rekod case at their site, refer it to a directory organisation, or leave it for the PKMD
// ("perlu susulan"); the person, the case and the intake are written in one transaction (kpn/intakes.ts).
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ethnicities, maritalStatuses, serviceTypes, targetGroups } from "../../../../shared/domain/codes";
import { canSeeSite } from "../../../../shared/domain/access";
import { todayIn } from "../../../../shared/domain/dates";
import { parseMyKad } from "../../../../shared/domain/mykad";
import { emptyPerson, personFormErrors, type PersonDraft } from "../../../../shared/domain/person";
import { DateField } from "../../../app/DateField";
import { DraftRestored } from "../../../app/DraftRestored";
import { joinParts } from "../../../app/format";
import { useFields } from "../../../app/fields";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { useLive } from "../../../app/use-live";
import type { CheckpointRecord, PersonRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { intakesAt, recordIntake } from "../../../db/repositories/kpn/intakes";
import { DuplicateMyKadError } from "../../../db/repositories/persons";
import { sitesRepo } from "../../../db/repositories/sites";
import { PersonPicker } from "../../ppr/buku-rekod/PersonPicker";
import { CounterForm } from "./CounterForm";

type Values = PersonDraft & {
  personId: string;
  /** "pilih": still looking; "baru": registering here; "ada": an existing person picked. */
  mode: "pilih" | "baru" | "ada";
  need: string;
  outcome: "kes" | "rujukan" | "susulan";
  targetGroup: string;
  service: string;
  organisationId: string;
  referralReason: string;
};

const select = { searchable: true, selectFirstOptionOnChange: true, allowDeselect: false } as const;

async function lookups(checkpointId: string, actor: ReturnType<typeof useActor>["actor"]) {
  const [sites, orgs, intakes] = await Promise.all([
    sitesRepo(db).list(actor),
    db.organisations.filter((o) => !o.deletedAt).toArray(),
    intakesAt(db, checkpointId),
  ]);
  const mine = intakes.filter((i) => !i.assignedSiteId || canSeeSite(actor, i.assignedSiteId));
  const [persons, cases] = await Promise.all([
    db.persons.bulkGet(mine.map((i) => i.personId)),
    db.cases.bulkGet(mine.map((i) => i.caseId ?? "")),
  ]);
  return {
    sites,
    orgs: orgs.sort((a, b) => a.name.localeCompare(b.name)),
    rows: mine.map((i, n) => ({ intake: i, person: persons[n], case: cases[n] })),
  };
}

export function IntakeCounter({ checkpoint }: { checkpoint: CheckpointRecord }) {
  const { actor } = useActor();
  const live = useLive(() => lookups(checkpoint.id, actor), [checkpoint.id, actor]);
  const sites = live.loading || live.error ? [] : live.data.sites;
  const initial: Values = {
    ...emptyPerson(sites[0]?.id ?? ""),
    personId: "",
    mode: "pilih",
    need: "",
    outcome: "kes",
    targetGroup: "",
    service: "nasihat",
    organisationId: "",
    referralReason: "",
  };
  if (live.loading) return null;
  return (
    <IntakeForm
      key={sites[0]?.id ?? ""}
      checkpoint={checkpoint}
      initial={initial}
      data={live.loading || live.error ? null : live.data}
    />
  );
}

function IntakeForm({
  checkpoint,
  initial,
  data,
}: {
  checkpoint: CheckpointRecord;
  initial: Values;
  data: Awaited<ReturnType<typeof lookups>> | null;
}) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [picked, setPicked] = useState<PersonRecord | null>(null);
  const [existing, setExisting] = useState<PersonRecord | null>(null);
  const draft = useDraftForm<Values>(`kpn:lawatan:${checkpoint.id}:kes`, initial, (v) => {
    const errors: Record<string, string> = v.mode === "baru" ? personFormErrors(v, todayIn()) : {};
    if (v.need.trim().length < 5) errors.need = "v.minLength:5";
    if (v.outcome !== "susulan" && !v.targetGroup) errors.targetGroup = "v.required";
    if (v.outcome === "rujukan" && !v.organisationId) errors.organisationId = "v.required";
    return errors;
  });
  const { form } = draft;
  const field = useFields(form);
  const values = form.getValues();

  // The picked person comes back after a lock or a restart (their id is in the draft).
  useEffect(() => {
    if (values.mode !== "ada" || !values.personId || picked?.id === values.personId) return;
    void db.persons.get(values.personId).then((p) => setPicked(p ?? null));
  }, [values.mode, values.personId, picked]);

  // A valid MyKad fills date of birth and sex, as on the Buku Rekod's person form.
  useEffect(() => {
    if (values.mode !== "baru" || values.docType !== "mykad") return;
    const r = parseMyKad(values.docNo);
    if (!r.ok) return;
    if (values.birthDate !== r.info.birthDate) form.setFieldValue("birthDate", r.info.birthDate);
    if (values.sex !== r.info.sex) form.setFieldValue("sex", r.info.sex);
    // Only the document number drives this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values.mode, values.docType, values.docNo]);

  const { busy, submit } = useDraftSubmit(draft, async (v) => {
    try {
      const {
        personId,
        mode,
        need,
        outcome,
        targetGroup,
        service,
        organisationId,
        referralReason,
        ...person
      } = v;
      const r = await recordIntake(db, actor, {
        tourId: checkpoint.tourId,
        checkpointId: checkpoint.id,
        personId: mode === "ada" ? personId : null,
        person: mode === "baru" ? person : null,
        need,
        outcome,
        targetGroup: outcome === "susulan" ? undefined : targetGroup,
        service: outcome === "kes" ? service : undefined,
        organisationId: outcome === "rujukan" ? organisationId : undefined,
        referralReason: outcome === "rujukan" ? referralReason : undefined,
      });
      return {
        next: () => {
          notifySaved(
            t,
            r.case
              ? t("kpnLawatan.intake.savedCase", { recordNo: r.case.recordNo, name: r.person.name })
              : t("kpnLawatan.intake.savedFollowUp", { name: r.person.name }),
          );
          setPicked(null);
          setExisting(null);
          form.setValues(initial);
          form.resetDirty(initial);
        },
      };
    } catch (e) {
      if (e instanceof DuplicateMyKadError) setExisting((await db.persons.get(e.personId)) ?? null);
      throw e;
    }
  });
  if (!draft.ready) return null;
  const choosePerson = (p: PersonRecord) => {
    setPicked(p);
    setExisting(null);
    form.setValues({ mode: "ada", personId: p.id });
  };
  const sites = data?.sites ?? [];
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t("kpnLawatan.intake.title")}
        </Title>
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        {values.mode === "pilih" && (
          <PersonPicker
            onPick={choosePerson}
            onRegister={(typed) => form.setValues({ mode: "baru", docNo: typed.docNo, name: typed.name })}
          />
        )}
        {values.mode === "ada" && picked && (
          <Paper withBorder p="sm" mb="sm" data-testid="intake-person">
            <Group justify="space-between">
              <div>
                <Text fw={700}>{picked.name}</Text>
                <Text size="sm" c="dimmed">
                  {joinParts(picked.docNo, picked.unit, sites.find((s) => s.id === picked.siteId)?.name)}
                </Text>
              </div>
              <Button
                variant="subtle"
                size="xs"
                onClick={() => form.setValues({ mode: "pilih", personId: "" })}
              >
                {t("kpnLawatan.intake.change")}
              </Button>
            </Group>
          </Paper>
        )}
        {values.mode !== "pilih" && (
          <CounterForm submit={submit} busy={busy} label={t("kpnLawatan.intake.save")} testId="save-intake">
            {values.mode === "baru" && (
              <>
                <Group justify="space-between">
                  <Text fw={700}>{t("kpnLawatan.intake.newPerson")}</Text>
                  <Button variant="subtle" size="xs" onClick={() => form.setValues({ mode: "pilih" })}>
                    {t("kpnLawatan.intake.change")}
                  </Button>
                </Group>
                {existing && (
                  <Alert color="orange" data-testid="intake-existing">
                    <Group justify="space-between">
                      {t("orang.existingText", { name: existing.name, doc: existing.docNo })}
                      <Button size="xs" onClick={() => choosePerson(existing)}>
                        {t("kpnLawatan.intake.useExisting")}
                      </Button>
                    </Group>
                  </Alert>
                )}
                <SimpleGrid cols={3}>
                  <TextInput
                    label={t("orang.docNo")}
                    placeholder="850101-14-5678"
                    withAsterisk
                    {...field("docNo")}
                  />
                  <TextInput label={t("orang.name")} withAsterisk {...field("name")} />
                  <DateField label={t("orang.birthDate")} withAsterisk {...field("birthDate")} />
                  <Select
                    label={t("orang.sex")}
                    withAsterisk
                    {...select}
                    data={["L", "P"].map((s) => ({ value: s, label: t(`code.sex.${s}`) }))}
                    {...field("sex")}
                  />
                  <Select
                    label={t("orang.ethnicity")}
                    withAsterisk
                    {...select}
                    data={ethnicities.map((s) => ({ value: s, label: t(`code.ethnicity.${s}`) }))}
                    {...field("ethnicity")}
                  />
                  <Select
                    label={t("orang.marital")}
                    withAsterisk
                    {...select}
                    data={maritalStatuses.map((s) => ({ value: s, label: t(`code.marital.${s}`) }))}
                    {...field("maritalStatus")}
                  />
                  <TextInput label={t("orang.phone")} {...field("phone")} />
                  <Select
                    label={t("orang.site")}
                    {...select}
                    data={sites.map((s) => ({ value: s.id, label: s.name }))}
                    {...field("siteId")}
                  />
                  <TextInput label={t("orang.unit")} placeholder="A-03-12" {...field("unit")} />
                </SimpleGrid>
              </>
            )}
            <Textarea
              label={t("kpnLawatan.intake.need")}
              withAsterisk
              autosize
              minRows={2}
              {...field("need")}
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t("kpnLawatan.intake.outcome")}
              </Text>
              <SegmentedControl
                fullWidth
                size="md"
                data={(["kes", "rujukan", "susulan"] as const).map((o) => ({
                  value: o,
                  label: t(`kpnLawatan.intake.outcomes.${o}`),
                }))}
                {...field("outcome")}
              />
            </div>
            {values.outcome !== "susulan" && (
              <SimpleGrid cols={2}>
                <Select
                  label={t("bukuRekod.targetGroup")}
                  withAsterisk
                  {...select}
                  data={targetGroups.map((g) => ({ value: g, label: t(`code.targetGroup.${g}`) }))}
                  {...field("targetGroup")}
                />
                {values.outcome === "kes" && (
                  <Select
                    label={t("bukuRekod.service")}
                    withAsterisk
                    {...select}
                    data={serviceTypes.map((g) => ({ value: g, label: t(`code.service.${g}`) }))}
                    {...field("service")}
                  />
                )}
              </SimpleGrid>
            )}
            {values.outcome === "rujukan" && (
              <SimpleGrid cols={2}>
                <Select
                  label={t("kpnLawatan.intake.organisation")}
                  withAsterisk
                  {...select}
                  data={(data?.orgs ?? []).map((o) => ({ value: o.id, label: o.name }))}
                  {...field("organisationId")}
                />
                <TextInput label={t("kpnLawatan.intake.referralReason")} {...field("referralReason")} />
              </SimpleGrid>
            )}
          </CounterForm>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={5} mb="xs">
          {t("kpnLawatan.intake.list")}
        </Title>
        {data && data.rows.length === 0 && <Text c="dimmed">{t("kpnLawatan.intake.none")}</Text>}
        {data && data.rows.length > 0 && (
          <Table data-testid="intake-list">
            <Table.Tbody>
              {data.rows.map(({ intake, person, case: c }) => (
                <Table.Tr key={intake.id} data-testid="intake-row">
                  <Table.Td>{person?.name}</Table.Td>
                  <Table.Td>{intake.need}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`kpnLawatan.intake.outcomeShort.${intake.outcome}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    {c && (
                      <Anchor component={Link} to={`/kes/${c.id}`}>
                        {c.recordNo}
                      </Anchor>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </SimpleGrid>
  );
}
