// Why: the administrator sets what every official document prints: the letterhead logo, the reviewing officer and the PKMD's address for the monthly pack.
import { Alert, Button, Group, Image, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { reportSettingsSchema, type ReportSettings } from "../../../shared/domain/office";
import { logoFromFile } from "../../app/images";
import { useFields } from "../../app/fields";
import { notifyError, notifySaved } from "../../app/messages";
import { useOffice } from "../../app/office-context";
import { useActor } from "../../app/session";
import { useDraftForm } from "../../app/use-draft-form";
import { useDraftSubmit } from "../../app/use-draft-submit";
import { db } from "../../db/instance";
import { setOfficeLogo, updateReportSettings } from "../../db/repositories/office";
import { host } from "../../host";

const LOGO_UPLOAD_LIMIT = 10 * 1024 * 1024;

export function DocumentSettings() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const initial: ReportSettings = {
    pkmdName: office.report?.pkmdName ?? "",
    pkmdPost: office.report?.pkmdPost ?? "",
    pkmdEmail: office.report?.pkmdEmail ?? "",
    stateCoordinatorName: office.report?.stateCoordinatorName ?? "",
    stateCoordinatorPost: office.report?.stateCoordinatorPost ?? "",
  };
  const draft = useDraftForm<ReportSettings>("office:report", initial, reportSettingsSchema, office.rev);
  const { form } = draft;
  const field = useFields(form);
  const { busy, submit } = useDraftSubmit(draft, async (values, baseRev) => {
    const saved = await updateReportSettings(db, actor, baseRev ?? office.rev, values);
    return { rev: saved.rev, next: () => notifySaved(t) };
  });
  const [logoBusy, setLogoBusy] = useState(false);
  const logoUrl = useMemo(
    () =>
      office.logo
        ? URL.createObjectURL(new Blob([office.logo.data as BlobPart], { type: `image/${office.logo.type}` }))
        : null,
    [office.logo],
  );
  useEffect(() => () => (logoUrl ? URL.revokeObjectURL(logoUrl) : undefined), [logoUrl]);

  const upload = async () => {
    setLogoBusy(true);
    try {
      const file = await host.openFile({
        filters: [{ name: "PNG / JPEG", extensions: ["png", "jpg", "jpeg"] }],
        maxBytes: LOGO_UPLOAD_LIMIT,
      });
      if (file.status !== "opened") return;
      const logo = await logoFromFile(file.data);
      await setOfficeLogo(db, actor, office.rev, logo);
      notifySaved(t, t("settings.logoSaved"));
    } catch (e) {
      notifyError(t, e);
    } finally {
      setLogoBusy(false);
    }
  };
  const remove = async () => {
    setLogoBusy(true);
    try {
      await setOfficeLogo(db, actor, office.rev, null);
      notifySaved(t, t("settings.logoRemoved"));
    } catch (e) {
      notifyError(t, e);
    } finally {
      setLogoBusy(false);
    }
  };

  if (!draft.ready) return null;
  return (
    <Paper withBorder p="lg" data-testid="document-settings">
      <Title order={4}>{t("settings.documents")}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("settings.documentsHint")}
      </Text>
      {draft.restored && (
        <Alert color="blue" mb="sm" data-testid="draft-restored">
          {t("draft.restored")}
        </Alert>
      )}
      <Stack>
        <Group align="center" gap="lg">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("settings.logo")}
            </Text>
            {logoUrl ? (
              <Image
                src={logoUrl}
                alt={t("settings.logo")}
                h={72}
                w="auto"
                fit="contain"
                data-testid="logo-preview"
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t("settings.noLogo")}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t("settings.logoHint")}
            </Text>
          </Stack>
          <Group>
            <Button variant="light" onClick={() => void upload()} loading={logoBusy}>
              {t("settings.uploadLogo")}
            </Button>
            {office.logo && (
              <Button variant="subtle" color="red" onClick={() => void remove()} disabled={logoBusy}>
                {t("settings.removeLogo")}
              </Button>
            )}
          </Group>
        </Group>
        <form onSubmit={submit} noValidate>
          <Stack>
            <SimpleGrid cols={2}>
              <TextInput label={t("office.pkmdName")} {...field("pkmdName")} />
              <TextInput
                label={t("office.pkmdPost")}
                description={t("office.pkmdPostHint")}
                {...field("pkmdPost")}
              />
              <TextInput label={t("office.pkmdEmail")} type="email" {...field("pkmdEmail")} />
              {/* The state coordinator confirms KPN's status report: JKM offices only. */}
              {office.countryPack === "jkm" && (
                <>
                  <span />
                  <TextInput label={t("office.stateCoordinatorName")} {...field("stateCoordinatorName")} />
                  <TextInput
                    label={t("office.stateCoordinatorPost")}
                    description={t("office.stateCoordinatorPostHint")}
                    {...field("stateCoordinatorPost")}
                  />
                </>
              )}
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={busy}>
                {t("common.save")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
