// Why: the programme form: the plan (what, when, where, with whom, cost) and, once held, who came, what came of it and how it went.
import {
  Alert,
  Button,
  Divider,
  Group,
  Input,
  NumberInput,
  Rating,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  objectivesMet,
  programmeCategories,
  programmeMethods,
  programmeSchema,
  programmeStatuses,
  type ProgrammeInput,
} from "../../../../shared/domain/community";
import type { PersonRecord, SiteRecord } from "../../../db/app-db";
import { DateField } from "../../../app/DateField";
import { useFields } from "../../../app/fields";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit, type SaveResult } from "../../../app/use-draft-submit";
import { DirectoryMultiPicker } from "../../direktori/DirectoryPicker";
import { ParticipantsFields } from "./ParticipantsFields";

type Props = {
  draftKey: string;
  initial: ProgrammeInput;
  rev: number | null;
  sites: SiteRecord[];
  /** The site cannot change once the programme exists or comes from a need. */
  siteLocked?: boolean;
  /** Planning fields only (a new programme), or the whole record with participants and evaluation. */
  full?: boolean;
  /** People registered at the site, for the attendance list. */
  persons?: PersonRecord[];
  readOnly?: boolean;
  submitLabel: string;
  onSave: (values: ProgrammeInput, baseRev: number | null) => Promise<SaveResult>;
  extraActions?: ReactNode;
};

const select = { searchable: true, selectFirstOptionOnChange: true, allowDeselect: false } as const;
const money = { decimalScale: 2, thousandSeparator: ",", prefix: "RM ", hideControls: true, min: 0 } as const;

export function ProgrammeForm({
  draftKey,
  initial,
  rev,
  sites,
  siteLocked,
  full,
  persons = [],
  readOnly,
  submitLabel,
  onSave,
  extraActions,
}: Props) {
  const { t } = useTranslation();
  const draft = useDraftForm<ProgrammeInput>(draftKey, initial, programmeSchema, rev);
  const { form } = draft;
  const field = useFields(form);
  const { busy, submit } = useDraftSubmit(draft, onSave);
  if (!draft.ready) return null;
  const values = form.getValues();

  const start = field("startDate");
  /** A one-day programme stays one day when its date moves. */
  const changeStart = (v: string) => {
    const { startDate, endDate } = form.getValues();
    if (!endDate || endDate === startDate) form.setFieldValue("endDate", v);
    form.setFieldValue("startDate", v);
  };
  const site = sites.find((s) => s.id === values.siteId);

  return (
    <form
      onSubmit={submit}
      noValidate
      onKeyDown={getHotkeyHandler([["mod+Enter", () => void submit()]])}
      data-testid="programme-form"
    >
      <Stack>
        {draft.restored && <Alert color="blue">{t("draft.restored")}</Alert>}
        <Title order={5}>{t("program.sectionPlan")}</Title>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {siteLocked || readOnly ? (
            <TextInput label={t("program.site")} readOnly value={site ? `${site.code} — ${site.name}` : ""} />
          ) : (
            <Select
              label={t("program.site")}
              withAsterisk
              {...select}
              data={sites.map((s) => ({ value: s.id, label: `${s.code} — ${s.name}` }))}
              {...field("siteId")}
            />
          )}
          <TextInput
            label={t("program.titleField")}
            withAsterisk
            readOnly={readOnly}
            style={{ gridColumn: "span 2" }}
            {...field("title")}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Select
            label={t("program.category")}
            withAsterisk
            {...select}
            readOnly={readOnly}
            data={programmeCategories.map((c) => ({ value: c, label: t(`program.categories.${c}`) }))}
            {...field("category")}
          />
          <Select
            label={t("program.method")}
            withAsterisk
            {...select}
            readOnly={readOnly}
            data={programmeMethods.map((m) => ({ value: m, label: t(`program.methods.${m}`) }))}
            {...field("method")}
          />
          <DateField
            label={t("program.startDate")}
            withAsterisk
            readOnly={readOnly}
            {...start}
            onChange={changeStart}
          />
          <DateField label={t("program.endDate")} withAsterisk readOnly={readOnly} {...field("endDate")} />
        </SimpleGrid>
        <DirectoryMultiPicker
          label={t("direktori.partnersPicker")}
          description={t("direktori.partnersPickerHint")}
          readOnly={readOnly}
          {...field("partnerIds")}
          value={values.partnerIds}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput label={t("program.venue")} withAsterisk readOnly={readOnly} {...field("venue")} />
          <TextInput
            label={t("program.partners")}
            description={t("program.partnersHint")}
            readOnly={readOnly}
            {...field("partners")}
          />
        </SimpleGrid>
        <Textarea
          label={t("program.objectives")}
          autosize
          minRows={2}
          readOnly={readOnly}
          {...field("objectives")}
        />
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <NumberInput label={t("program.budget")} readOnly={readOnly} {...money} {...field("budget")} />
          <NumberInput
            label={t("program.actualCost")}
            readOnly={readOnly}
            {...money}
            {...field("actualCost")}
          />
          <TextInput
            label={t("program.funder")}
            readOnly={readOnly}
            style={{ gridColumn: "span 2" }}
            {...field("funder")}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Select
            label={t("program.status")}
            withAsterisk
            {...select}
            readOnly={readOnly}
            data={programmeStatuses.map((s) => ({ value: s, label: t(`program.statuses.${s}`) }))}
            {...field("status")}
          />
        </SimpleGrid>
        {full && (
          <>
            <Divider />
            <ParticipantsFields form={form} persons={persons} readOnly={readOnly} />
            <Divider />
            <Title order={5}>{t("program.sectionResult")}</Title>
            <Textarea
              label={t("program.outcome")}
              description={t("program.outcomeHint")}
              autosize
              minRows={3}
              readOnly={readOnly}
              {...field("outcome")}
            />
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <Select
                label={t("program.evaluation.objectivesMet")}
                placeholder={t("program.evaluation.notYet")}
                clearable
                readOnly={readOnly}
                data={objectivesMet.map((o) => ({ value: o, label: t(`program.evaluation.met.${o}`) }))}
                {...field("evaluation.objectivesMet")}
                value={values.evaluation.objectivesMet || null}
                onChange={(v) => form.setFieldValue("evaluation.objectivesMet", (v ?? "") as never)}
              />
              <Input.Wrapper
                label={t("program.evaluation.rating")}
                description={t("program.evaluation.ratingHint")}
              >
                <Group gap="sm" mt={6}>
                  <Rating
                    size="lg"
                    readOnly={readOnly}
                    value={values.evaluation.rating}
                    onChange={(v) => form.setFieldValue("evaluation.rating", v)}
                    getSymbolLabel={(v) => t("program.evaluation.stars", { count: v })}
                    data-testid="programme-rating"
                  />
                  <Text size="sm" c="dimmed">
                    {values.evaluation.rating
                      ? `${values.evaluation.rating} / 5`
                      : t("program.evaluation.notYet")}
                  </Text>
                </Group>
              </Input.Wrapper>
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Textarea
                label={t("program.evaluation.lessons")}
                autosize
                minRows={2}
                readOnly={readOnly}
                {...field("evaluation.lessons")}
              />
              <Textarea
                label={t("program.issues")}
                autosize
                minRows={2}
                readOnly={readOnly}
                {...field("issues")}
              />
            </SimpleGrid>
          </>
        )}
        {!readOnly && (
          <Group>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
            {extraActions}
          </Group>
        )}
      </Stack>
    </form>
  );
}
