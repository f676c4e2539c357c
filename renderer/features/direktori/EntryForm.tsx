// Why: one directory entry's every field (name, kind, contacts, area, target groups, services as tags, members, active,
// the day it was last confirmed), for adding one and for correcting one later; read-only for the pemerhati.
import {
  Button,
  Checkbox,
  Divider,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { targetGroups } from "../../../shared/domain/codes";
import { organisationKinds } from "../../../shared/domain/directory";
import { todayIn } from "../../../shared/domain/dates";
import { DateField } from "../../app/DateField";
import { DraftRestored } from "../../app/DraftRestored";
import { useFields } from "../../app/fields";
import { useDraftForm } from "../../app/use-draft-form";
import { useDraftSubmit, type SaveResult } from "../../app/use-draft-submit";
import { entryFormSchema, type EntryValues } from "./entry-values";

type Props = {
  draftKey: string;
  initial: EntryValues;
  rev: number | null;
  readOnly?: boolean;
  submitLabel: string;
  onSave: (values: EntryValues, baseRev: number | null) => Promise<SaveResult>;
  extraActions?: ReactNode;
};

export function EntryForm({ draftKey, initial, rev, readOnly, submitLabel, onSave, extraActions }: Props) {
  const { t } = useTranslation();
  const draft = useDraftForm<EntryValues>(draftKey, initial, entryFormSchema, rev);
  const { form } = draft;
  const field = useFields(form);
  const { busy, submit } = useDraftSubmit(draft, onSave);
  if (!draft.ready) return null;
  const ro = { readOnly };
  // Selects, dates and tags do not take the theme's read-only look (a filter select must not look locked): given here.
  const roPicked = { readOnly, classNames: readOnly ? { input: "ro-input" } : undefined };
  const kind = field("kind");
  return (
    <form
      onSubmit={submit}
      noValidate
      onKeyDown={getHotkeyHandler([["mod+Enter", () => void submit()]])}
      data-testid="directory-form"
    >
      <Stack gap="sm">
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <TextInput label={t("direktori.name")} withAsterisk data-autofocus {...ro} {...field("name")} />
          <Select
            label={t("direktori.kind")}
            withAsterisk
            data={organisationKinds.map((k) => ({ value: k, label: t(`code.orgKind.${k}`) }))}
            {...roPicked}
            {...kind}
            value={form.values.kind || null}
            onChange={(v) => form.setFieldValue("kind", v ?? "")}
          />
          <TextInput
            label={t("direktori.registrationNo")}
            placeholder={t("direktori.registrationHint")}
            {...ro}
            {...field("registrationNo")}
          />
          <TextInput label={t("direktori.area")} {...ro} {...field("area")} />
          <NumberInput
            label={t("direktori.members")}
            min={0}
            allowDecimal={false}
            {...ro}
            {...field("members")}
          />
          <DateField
            label={t("direktori.confirmedAt")}
            description={t("direktori.confirmedHint")}
            maxDate={todayIn()}
            {...roPicked}
            {...field("confirmedAt")}
          />
        </SimpleGrid>
        <Textarea label={t("direktori.address")} autosize minRows={2} {...ro} {...field("address")} />
        <Divider label={t("direktori.sectionContact")} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <TextInput label={t("direktori.head")} {...ro} {...field("head")} />
          <TextInput label={t("direktori.headPost")} {...ro} {...field("headPost")} />
          <TextInput label={t("direktori.email")} {...ro} {...field("email")} />
          <TextInput label={t("direktori.phone")} placeholder="03-2282 1234" {...ro} {...field("phone")} />
          <TextInput label={t("direktori.mobile")} placeholder="012-345 6789" {...ro} {...field("mobile")} />
        </SimpleGrid>
        <Divider label={t("direktori.sectionService")} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <MultiSelect
            label={t("direktori.targetGroups")}
            data={targetGroups.map((g) => ({ value: g, label: t(`code.targetGroup.${g}`) }))}
            searchable
            {...roPicked}
            {...field("targetGroups")}
          />
          <TagsInput
            label={t("direktori.services")}
            description={readOnly ? undefined : t("direktori.servicesHint")}
            {...roPicked}
            {...field("services")}
          />
        </SimpleGrid>
        <Textarea label={t("direktori.notes")} autosize minRows={2} {...ro} {...field("notes")} />
        <Checkbox
          label={t("direktori.active")}
          {...ro}
          disabled={readOnly}
          {...field("active", { type: "checkbox" })}
        />
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
