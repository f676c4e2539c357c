// Why: the Buku Rekod entry form, laid out for the keyboard: Tab moves on, typing picks from a list, Ctrl+Enter saves.
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Textarea } from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../../app/DateField";
import { caseFields, type CaseInput } from "../../../../shared/domain/case";
import { caseStatuses, serviceTypes, targetGroups } from "../../../../shared/domain/codes";
import type { UserRecord } from "../../../db/app-db";
import { useFields } from "../../../app/fields";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit, type SaveResult } from "../../../app/use-draft-submit";
import { DraftRestored } from "../../../app/DraftRestored";

type Props = {
  draftKey: string;
  initial: CaseInput;
  rev: number | null;
  officers: UserRecord[];
  readOnly?: boolean;
  autoFocus?: boolean;
  submitLabel: string;
  onSave: (values: CaseInput, baseRev: number | null) => Promise<SaveResult>;
  extraActions?: ReactNode;
};

const select = { searchable: true, selectFirstOptionOnChange: true, allowDeselect: false } as const;

export function CaseForm({
  draftKey,
  initial,
  rev,
  officers,
  readOnly,
  autoFocus,
  submitLabel,
  onSave,
  extraActions,
}: Props) {
  const { t } = useTranslation();
  const draft = useDraftForm<CaseInput>(draftKey, initial, caseFields, rev);
  const { form } = draft;
  const field = useFields(form);
  const { busy, submit } = useDraftSubmit(draft, onSave);
  if (!draft.ready) return null;
  return (
    <form
      onSubmit={submit}
      noValidate
      onKeyDown={getHotkeyHandler([["mod+Enter", () => void submit()]])}
      data-testid="case-form"
    >
      <Stack>
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Select
            label={t("bukuRekod.targetGroup")}
            withAsterisk
            autoFocus={autoFocus}
            {...select}
            readOnly={readOnly}
            data={targetGroups.map((g) => ({ value: g, label: t(`code.targetGroup.${g}`) }))}
            {...field("targetGroup")}
          />
          <Select
            label={t("bukuRekod.service")}
            withAsterisk
            {...select}
            readOnly={readOnly}
            data={serviceTypes.map((g) => ({ value: g, label: t(`code.service.${g}`) }))}
            {...field("service")}
          />
          <DateField label={t("bukuRekod.date")} withAsterisk readOnly={readOnly} {...field("date")} />
          <Select
            label={t("bukuRekod.status")}
            withAsterisk
            {...select}
            readOnly={readOnly}
            data={caseStatuses.map((g) => ({ value: g, label: t(`code.caseStatus.${g}`) }))}
            {...field("status")}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Textarea
            label={t("bukuRekod.problem")}
            withAsterisk
            autosize
            minRows={3}
            readOnly={readOnly}
            {...field("problem")}
          />
          <Textarea
            label={t("bukuRekod.action")}
            autosize
            minRows={3}
            readOnly={readOnly}
            {...field("action")}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Select
            label={t("bukuRekod.officer")}
            {...select}
            readOnly={readOnly}
            data={officers.map((u) => ({ value: u.id, label: u.name }))}
            {...field("officerId")}
          />
          <DateField label={t("bukuRekod.followUp")} readOnly={readOnly} {...field("followUpDate")} />
          <Checkbox
            mt="xl"
            label={t("bukuRekod.sensitive")}
            description={t("bukuRekod.sensitiveHint")}
            disabled={readOnly}
            {...field("sensitive", { type: "checkbox" })}
          />
        </SimpleGrid>
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
