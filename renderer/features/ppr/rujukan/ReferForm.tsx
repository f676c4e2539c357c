// Why: referring a case to an organisation; the case becomes "Dirujuk" and the referral joins the PPK's weekly checks.
import { Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { todayIn } from "../../../../shared/domain/dates";
import { referralFields } from "../../../../shared/domain/referral";
import type { CaseRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { referCase } from "../../../db/repositories/referrals";
import { DateField } from "../../../app/DateField";
import { useFields } from "../../../app/fields";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { DraftRestored } from "../../../app/DraftRestored";
import { DirectoryPicker } from "../../direktori/DirectoryPicker";
import { firstIssuePerField } from "./form-schema";
import { OrganisationForm } from "./OrganisationForm";

type ReferValues = { organisationId: string; reason: string; date: string };
const referSchema = firstIssuePerField(referralFields.omit({ caseId: true }));

type Props = { caseRecord: CaseRecord; onDone: () => void };

export function ReferForm({ caseRecord, onDone }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const today = todayIn();
  const initial = useMemo<ReferValues>(() => ({ organisationId: "", reason: "", date: today }), [today]);
  const draft = useDraftForm<ReferValues>(`rujukan:refer:${caseRecord.id}`, initial, referSchema);
  const { form } = draft;
  const field = useFields(form);
  const [adding, setAdding] = useState(false);
  const [search, setSearch] = useState("");
  // What the user last typed; the Select empties its search box on blur when nothing matched.
  const typed = useRef("");
  const [prefill, setPrefill] = useState("");
  const { busy, submit } = useDraftSubmit(draft, async (values) => {
    const org = await db.organisations.get(values.organisationId);
    await referCase(db, actor, caseRecord, values);
    return {
      next: () => {
        notifySaved(t, t("rujukan.referSaved", { name: org?.name ?? "" }));
        onDone();
      },
    };
  });
  if (!draft.ready) return null;

  const cancel = async () => {
    await draft.discard();
    onDone();
  };

  const orgField = field("organisationId");
  return (
    <Paper withBorder p="md" data-testid="refer-form">
      <Stack gap="sm">
        <Text fw={600}>{t("rujukan.referTitle")}</Text>
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        {/* The organisation picker sits outside the <form> so the inline "add organisation" form is not nested in it. */}
        <DirectoryPicker
          label={t("rujukan.organisation")}
          withAsterisk
          nothingFoundMessage={t("rujukan.noOrganisation")}
          searchValue={search}
          onSearchChange={setSearch}
          onInput={(e) => (typed.current = e.currentTarget.value)}
          {...orgField}
          value={form.values.organisationId || null}
          onChange={(v) => form.setFieldValue("organisationId", v ?? "")}
        />
        {adding ? (
          <OrganisationForm
            initialName={prefill}
            onSaved={(org) => {
              form.setFieldValue("organisationId", org.id);
              setSearch(org.name);
              setAdding(false);
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <Button
            variant="subtle"
            size="xs"
            w="fit-content"
            leftSection={<IconPlus size={14} />}
            onClick={() => {
              setPrefill(form.values.organisationId ? "" : typed.current.trim());
              setAdding(true);
            }}
          >
            {t("rujukan.addOrganisation")}
          </Button>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Textarea label={t("rujukan.reason")} withAsterisk autosize minRows={2} {...field("reason")} />
            <DateField
              label={t("rujukan.date")}
              withAsterisk
              maxDate={today}
              minDate={caseRecord.date}
              w={180}
              {...field("date")}
            />
            <Group gap="xs">
              <Button type="submit" loading={busy}>
                {t("rujukan.referSubmit")}
              </Button>
              <Button variant="default" onClick={() => void cancel()}>
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
