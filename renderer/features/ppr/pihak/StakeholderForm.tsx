// Why: a stakeholder's particulars (name, role, organisation, phone), for adding one and for correcting one later.
import { Button, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { stakeholderSchema } from "../../../../shared/domain/community";
import { useFields } from "../../../app/fields";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit, type SaveResult } from "../../../app/use-draft-submit";
import { DraftRestored } from "../../../app/DraftRestored";

/** The fields an officer types; the site comes from the page. */
export const stakeholderFields = stakeholderSchema.omit({ siteId: true });
export type StakeholderFields = {
  name: string;
  role: string;
  organisation: string;
  phone: string;
};

export const emptyStakeholder: StakeholderFields = { name: "", role: "", organisation: "", phone: "" };

type Props = {
  draftKey: string;
  initial: StakeholderFields;
  rev: number | null;
  readOnly?: boolean;
  autoFocus?: boolean;
  submitLabel: string;
  /** Saves; returns the new revision and what to do once the draft is cleared. */
  onSave: (values: StakeholderFields, baseRev: number | null) => Promise<SaveResult>;
  extraActions?: ReactNode;
};

export function StakeholderForm({
  draftKey,
  initial,
  rev,
  readOnly,
  autoFocus,
  submitLabel,
  onSave,
  extraActions,
}: Props) {
  const { t } = useTranslation();
  const draft = useDraftForm<StakeholderFields>(draftKey, initial, stakeholderFields, rev);
  const { form } = draft;
  const field = useFields(form);
  const { busy, submit } = useDraftSubmit(draft, onSave);
  if (!draft.ready) return null;
  return (
    <form
      onSubmit={submit}
      noValidate
      onKeyDown={getHotkeyHandler([["mod+Enter", () => void submit()]])}
      data-testid="stakeholder-form"
    >
      <Stack gap="sm">
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput
            label={t("pihak.name")}
            withAsterisk
            autoFocus={autoFocus}
            readOnly={readOnly}
            {...field("name")}
          />
          <TextInput
            label={t("pihak.role")}
            withAsterisk
            placeholder={t("pihak.rolePlaceholder")}
            readOnly={readOnly}
            {...field("role")}
          />
          <TextInput label={t("pihak.organisation")} readOnly={readOnly} {...field("organisation")} />
          <TextInput
            label={t("pihak.phone")}
            placeholder="012-345 6789"
            readOnly={readOnly}
            {...field("phone")}
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
