// Why: a PPK can add the organisation a case goes to without leaving the case; it becomes a directory entry at once.
import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  organisationKinds,
  organisationSchema,
  type OrganisationInput,
} from "../../../../shared/domain/directory";
import { normaliseText } from "../../../../shared/domain/search";
import type { OrganisationRecord } from "../../../db/app-db";
import { DIRECTORY_SEARCH_LIMIT, pickOrganisations } from "../../../db/directory-list";
import { db } from "../../../db/instance";
import { organisationsRepo } from "../../../db/repositories/directory";
import { handleSaveError, useFields } from "../../../app/fields";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { DraftRestored } from "../../../app/DraftRestored";
import { firstIssuePerField } from "./form-schema";

const orgFormSchema = firstIssuePerField(organisationSchema);

type OrganisationValues = { name: string; kind: string; phone: string };

type Props = {
  /** What the user had typed in the search box, offered as the name. */
  initialName?: string;
  onSaved: (organisation: OrganisationRecord) => void;
  onCancel: () => void;
};

/** A live directory entry of this name, in any area (typed differently in case or spacing), found by its words. */
async function namedAlready(name: string): Promise<OrganisationRecord | undefined> {
  const key = normaliseText(name);
  const found = await pickOrganisations(db, name, DIRECTORY_SEARCH_LIMIT);
  return found.find((o) => normaliseText(o.name) === key);
}

export function OrganisationForm({ initialName = "", onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const initial = useMemo<OrganisationValues>(
    () => ({ name: initialName, kind: "", phone: "" }),
    // The name offered is the search text at the moment the form opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const draft = useDraftForm<OrganisationValues>("rujukan:organisation:new", initial, orgFormSchema);
  const { form } = draft;
  const field = useFields(form);
  const [busy, setBusy] = useState(false);
  if (!draft.ready) return null;

  const submit = form.onSubmit(async (values) => {
    if (await namedAlready(values.name)) {
      form.setFieldError("name", t("rujukan.orgExists"));
      return;
    }
    setBusy(true);
    try {
      const saved = await organisationsRepo(db).create(actor, values as OrganisationInput);
      await draft.saved();
      notifySaved(t, t("rujukan.orgSaved", { name: saved.name }));
      onSaved(saved);
    } catch (e) {
      handleSaveError(t, form, e, () => void draft.discard());
      setBusy(false);
    }
  });

  const cancel = async () => {
    await draft.discard();
    onCancel();
  };

  const kind = field("kind");
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
      <form onSubmit={submit} noValidate data-testid="organisation-form">
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t("rujukan.newOrganisation")}
          </Text>
          {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t("rujukan.orgName")} withAsterisk data-autofocus {...field("name")} />
            <Select
              label={t("rujukan.orgKind")}
              withAsterisk
              data={organisationKinds.map((k) => ({ value: k, label: t(`code.orgKind.${k}`) }))}
              {...kind}
              value={form.values.kind || null}
              onChange={(v) => form.setFieldValue("kind", v ?? "")}
            />
            <TextInput label={t("rujukan.orgPhone")} {...field("phone")} />
          </SimpleGrid>
          <Group gap="xs">
            <Button type="submit" size="xs" loading={busy}>
              {t("rujukan.orgSave")}
            </Button>
            <Button size="xs" variant="default" onClick={() => void cancel()}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
