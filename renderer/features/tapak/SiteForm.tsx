// Why: one form for creating and editing a site, with its draft kept per user.
import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { regionsOf, siteTypesOf } from "../../../shared/domain/codes";
import { siteInputSchema, type SiteInput } from "../../../shared/domain/site";
import { useDraftForm } from "../../app/use-draft-form";
import { useDraftSubmit, type SaveResult } from "../../app/use-draft-submit";
import { useFields } from "../../app/fields";
import { useOffice } from "../../app/office-context";

type Props = {
  draftKey: string;
  initial: SiteInput;
  rev: number | null;
  readOnly?: boolean;
  /** Saves; may return what to do once the draft is cleared (e.g. navigate away). */
  onSave: (values: SiteInput, baseRev: number | null) => Promise<SaveResult>;
  extraActions?: React.ReactNode;
};

export function SiteForm({ draftKey, initial, rev, readOnly, onSave, extraActions }: Props) {
  const { t } = useTranslation();
  const pack = useOffice().countryPack;
  const draft = useDraftForm<SiteInput>(draftKey, initial, siteInputSchema, rev);
  const { form } = draft;
  const field = useFields(form);
  const { busy, submit } = useDraftSubmit(draft, onSave);
  if (!draft.ready) return null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {draft.restored && (
          <Alert color="blue" data-testid="draft-restored">
            <Group justify="space-between">
              {t("draft.restored")}
              <Button size="xs" variant="subtle" onClick={() => void draft.discard()}>
                {t("draft.discard")}
              </Button>
            </Group>
          </Alert>
        )}
        <SimpleGrid cols={2}>
          <TextInput
            label={t("site.code")}
            description={t("site.codeHint")}
            withAsterisk
            readOnly={readOnly}
            {...field("code")}
            // Codes are capitals (they lead every record number): what is typed in lower case is shown in capitals.
            onChange={(e) => form.setFieldValue("code", e.currentTarget.value.toUpperCase())}
          />
          <TextInput label={t("site.name")} withAsterisk readOnly={readOnly} {...field("name")} />
          <Select
            label={t("site.type")}
            withAsterisk
            readOnly={readOnly}
            data={siteTypesOf(pack).map((s) => ({ value: s, label: t(`siteType.${s}`) }))}
            {...field("type")}
          />
          <TextInput label={t("site.district")} withAsterisk readOnly={readOnly} {...field("district")} />
          <Textarea
            label={t("site.address")}
            withAsterisk
            autosize
            minRows={2}
            readOnly={readOnly}
            {...field("address")}
          />
          <Select
            label={t("site.state")}
            withAsterisk
            searchable
            readOnly={readOnly}
            data={[...regionsOf(pack)]}
            {...field("state")}
          />
        </SimpleGrid>
        {!readOnly && (
          <Group>
            <Button type="submit" loading={busy}>
              {t("common.save")}
            </Button>
            {extraActions}
          </Group>
        )}
      </Stack>
    </form>
  );
}
