// Why: the administrator sets how long a directory entry stays confirmed before it is listed as "perlu disemak".
import { Button, Group, NumberInput, Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { directorySettingsSchema, type DirectorySettings } from "../../../../shared/domain/directory";
import { DraftRestored } from "../../../app/DraftRestored";
import { useFields } from "../../../app/fields";
import { notifySaved } from "../../../app/messages";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { db } from "../../../db/instance";
import { reviewMonthsOf } from "../../../db/repositories/directory-review";
import { updateDirectorySettings } from "../../../db/repositories/office";

export function ReviewSettings() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const initial: DirectorySettings = { reviewMonths: reviewMonthsOf(office) };
  const draft = useDraftForm<DirectorySettings>(
    "office:directory",
    initial,
    directorySettingsSchema,
    office.rev,
  );
  const field = useFields(draft.form);
  const { busy, submit } = useDraftSubmit(draft, async (values, baseRev) => {
    const saved = await updateDirectorySettings(db, actor, baseRev ?? office.rev, values);
    return { rev: saved.rev, next: () => notifySaved(t) };
  });
  if (!draft.ready) return null;
  return (
    <Paper withBorder p="lg" data-testid="directory-settings">
      <Title order={4}>{t("direktoriSemak.settingsTitle")}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("direktoriSemak.settingsHint")}
      </Text>
      {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
      <form onSubmit={submit} noValidate>
        <Group align="flex-end">
          <NumberInput
            label={t("direktoriSemak.reviewMonths")}
            min={1}
            max={60}
            w={300}
            // Out of range is refused with the range named, never changed silently to the nearest limit.
            clampBehavior="none"
            allowDecimal={false}
            {...field("reviewMonths")}
          />
          <Button type="submit" loading={busy}>
            {t("common.save")}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
