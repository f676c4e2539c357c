// Why: registering a resident: a valid MyKad fills date of birth and sex, an existing MyKad leads to the existing person, look-alikes are flagged.
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../../app/DateField";
import { Link } from "react-router";
import {
  documentTypes,
  ethnicities,
  maritalStatuses,
  noDocumentReasons,
} from "../../../../shared/domain/codes";
import { parseMyKad } from "../../../../shared/domain/mykad";
import { personFormErrors, type PersonDraft, type PersonInput } from "../../../../shared/domain/person";
export { emptyPerson } from "../../../../shared/domain/person";
import { todayIn } from "../../../../shared/domain/dates";
import type { PersonRecord, SiteRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { DuplicateMyKadError, findByMyKad, nearDuplicates } from "../../../db/repositories/persons";
import { useFields } from "../../../app/fields";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit, type SaveResult } from "../../../app/use-draft-submit";
import { DraftRestored } from "../../../app/DraftRestored";

type Props = {
  draftKey: string;
  initial: PersonInput | PersonDraft;
  rev: number | null;
  personId?: string;
  sites: SiteRecord[];
  readOnly?: boolean;
  submitLabel: string;
  onSave: (values: PersonInput, baseRev: number | null) => Promise<SaveResult>;
  /** Called when the typed MyKad belongs to someone already registered. */
  onExisting?: (person: PersonRecord) => void;
};

const select = { searchable: true, selectFirstOptionOnChange: true, allowDeselect: false } as const;

export function PersonForm({
  draftKey,
  initial,
  rev,
  personId,
  sites,
  readOnly,
  submitLabel,
  onSave,
  onExisting,
}: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const draft = useDraftForm<PersonDraft>(draftKey, initial, (v) => personFormErrors(v, todayIn()), rev);
  const { form } = draft;
  const field = useFields(form);
  const [existing, setExisting] = useState<PersonRecord | null>(null);
  const [lookAlikes, setLookAlikes] = useState<PersonRecord[]>([]);
  const { busy, submit } = useDraftSubmit(draft, async (v, baseRev) => {
    try {
      // The form's check has passed, so every choice is made.
      return await onSave(v as PersonInput, baseRev);
    } catch (e) {
      // A MyKad already registered: name that person beside the field, as well as the usual error.
      if (e instanceof DuplicateMyKadError) {
        const p = await db.persons.get(e.personId);
        if (p) setExisting(p);
      }
      throw e;
    }
  });
  const values = form.getValues();

  // A valid MyKad fills date of birth and sex, and is looked up so the same person is never registered twice.
  useEffect(() => {
    if (values.docType !== "mykad" && values.docType !== "mykid") return setExisting(null);
    const r = parseMyKad(values.docNo);
    if (!r.ok) {
      // Twelve digits that cannot be a MyKad are named at once, before the person is saved.
      if (values.docNo.replace(/\D/g, "").length >= 12) form.setFieldError("docNo", r.problem);
      return setExisting(null);
    }
    if (values.birthDate !== r.info.birthDate) form.setFieldValue("birthDate", r.info.birthDate);
    if (values.sex !== r.info.sex) form.setFieldValue("sex", r.info.sex);
    let alive = true;
    void findByMyKad(db, actor, r.info.digits)
      .catch(() => undefined)
      .then((p) => alive && setExisting(p && p.id !== personId ? p : null));
    return () => {
      alive = false;
    };
    // Only the document fields drive this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values.docType, values.docNo]);

  useEffect(() => {
    let alive = true;
    void nearDuplicates(db, { siteId: values.siteId, unit: values.unit, name: values.name }, personId).then(
      (list) => alive && setLookAlikes(list),
    );
    return () => {
      alive = false;
    };
  }, [values.siteId, values.unit, values.name, personId]);

  if (!draft.ready) return null;

  const noDoc = values.docType === "none";

  return (
    <form onSubmit={submit} noValidate onKeyDown={getHotkeyHandler([["mod+Enter", () => void submit()]])}>
      <Stack>
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        {existing && (
          <Alert color="orange" data-testid="existing-person" title={t("orang.existingTitle")}>
            <Group justify="space-between">
              {t("orang.existingText", { name: existing.name, doc: existing.docNo })}
              {onExisting ? (
                <Button size="xs" onClick={() => onExisting(existing)}>
                  {t("orang.useExisting")}
                </Button>
              ) : (
                <Anchor component={Link} to={`/orang/${existing.id}`}>
                  {t("orang.openExisting")}
                </Anchor>
              )}
            </Group>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 2, md: 3 }}>
          <Select
            label={t("orang.docType")}
            {...select}
            readOnly={readOnly}
            data={documentTypes.map((d) => ({ value: d, label: t(`code.docType.${d}`) }))}
            {...field("docType")}
          />
          {noDoc ? (
            <Select
              label={t("orang.noDocReason")}
              withAsterisk
              {...select}
              readOnly={readOnly}
              data={noDocumentReasons.map((d) => ({ value: d, label: t(`code.noDocReason.${d}`) }))}
              {...field("noDocReason")}
            />
          ) : (
            <TextInput
              label={t("orang.docNo")}
              placeholder="850101-14-5678"
              withAsterisk
              readOnly={readOnly}
              // A walk-in registered from a typed name goes on to the document number.
              autoFocus={!readOnly && !!initial.name && !initial.docNo && !personId}
              {...field("docNo")}
            />
          )}
          {noDoc && values.noDocReason === "lain-lain" && (
            <TextInput
              label={t("orang.noDocNote")}
              withAsterisk
              readOnly={readOnly}
              {...field("noDocNote")}
            />
          )}
          <TextInput
            label={t("orang.name")}
            withAsterisk
            readOnly={readOnly}
            autoFocus={!readOnly && !!initial.docNo && !personId}
            {...field("name")}
          />
          <DateField label={t("orang.birthDate")} withAsterisk readOnly={readOnly} {...field("birthDate")} />
          <Select
            label={t("orang.sex")}
            withAsterisk
            {...select}
            readOnly={readOnly}
            data={["L", "P"].map((s) => ({ value: s, label: t(`code.sex.${s}`) }))}
            {...field("sex")}
          />
          <Select
            label={t("orang.ethnicity")}
            withAsterisk
            {...select}
            readOnly={readOnly}
            data={ethnicities.map((s) => ({ value: s, label: t(`code.ethnicity.${s}`) }))}
            {...field("ethnicity")}
          />
          <TextInput
            label={t("orang.phone")}
            placeholder="012-345 6789"
            readOnly={readOnly}
            {...field("phone")}
          />
          <Select
            label={t("orang.site")}
            {...select}
            readOnly={readOnly}
            data={sites.map((s) => ({ value: s.id, label: s.name }))}
            {...field("siteId")}
          />
          <Group grow gap="xs">
            <TextInput label={t("orang.block")} readOnly={readOnly} {...field("block")} />
            <TextInput label={t("orang.unit")} placeholder="A-03-12" readOnly={readOnly} {...field("unit")} />
          </Group>
          <Select
            label={t("orang.marital")}
            withAsterisk
            {...select}
            readOnly={readOnly}
            data={maritalStatuses.map((s) => ({ value: s, label: t(`code.marital.${s}`) }))}
            {...field("maritalStatus")}
          />
          <TextInput label={t("orang.occupation")} readOnly={readOnly} {...field("occupation")} />
          <NumberInput
            label={t("orang.income")}
            prefix="RM "
            min={0}
            decimalScale={2}
            thousandSeparator=","
            readOnly={readOnly}
            {...field("income")}
          />
          <Checkbox
            mt="xl"
            label={t("orang.oku")}
            disabled={readOnly}
            {...field("oku", { type: "checkbox" })}
          />
          {values.oku && (
            <TextInput
              label={t("orang.okuCardNo")}
              withAsterisk
              readOnly={readOnly}
              {...field("okuCardNo")}
            />
          )}
        </SimpleGrid>
        {lookAlikes.length > 0 && (
          <Alert color="yellow" title={t("orang.lookAlikeTitle")} data-testid="look-alikes">
            {lookAlikes.map((p) => (
              <div key={p.id}>
                <Anchor component={Link} to={`/orang/${p.id}`}>
                  {p.name}
                </Anchor>{" "}
                ({p.docNo || t(`code.docType.${p.docType}`)}, {p.unit})
              </div>
            ))}
          </Alert>
        )}
        {!readOnly && (
          <Group>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
