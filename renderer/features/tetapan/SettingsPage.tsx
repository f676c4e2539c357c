// Why: the administrator edits the office chosen at setup, the auto-lock time, sees where data lives, and removes demo data.
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { modals } from "@mantine/modals";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { languages, regionsOf } from "../../../shared/domain/codes";
import { officeInputSchema, type OfficeInput } from "../../../shared/domain/office";
import type { AppInfo } from "../../../shared/host-api";
import { db } from "../../db/instance";
import { removeDemo } from "../../db/demo";
import { updateOffice } from "../../db/repositories/office";
import { useFields } from "../../app/fields";
import { notifyError, notifySaved } from "../../app/messages";
import { useOffice } from "../../app/office-context";
import { useActor } from "../../app/session";
import { useDraftForm } from "../../app/use-draft-form";
import { useDraftSubmit } from "../../app/use-draft-submit";
import { host } from "../../host";
import { DocumentSettings } from "./DocumentSettings";
import { ReviewSettings } from "../direktori/semak/ReviewSettings";
import { ComplaintSettingsSection } from "../kpn/aduan/ComplaintSettingsSection";
import { PkhSettingsSection } from "../pkh/pengaturan/PkhSettingsSection";
import { BackupSection } from "../sandaran/BackupSection";
import { JoinSection } from "../sertai/JoinSection";
import { HubSection } from "../pelayan/HubSection";
import { StorageSection } from "../pemulihan/StorageSection";

export function SettingsPage() {
  const { t } = useTranslation();
  const office = useOffice();
  return (
    <Stack maw={900}>
      <Title order={3}>{t("settings.title")}</Title>
      <OfficeForm key={office.id} />
      <DocumentSettings />
      <ReviewSettings />
      {office.countryPack === "jkm" && <ComplaintSettingsSection />}
      {office.countryPack === "pkh" && <PkhSettingsSection />}
      <BackupSection />
      <JoinSection />
      <HubSection />
      {office.demo && <DemoSection />}
      <StorageSection />
      <AppInfoSection />
      <Text size="xs" c="dimmed">
        {t("settings.lockNote")}
      </Text>
    </Stack>
  );
}

function OfficeForm() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const initial: OfficeInput = {
    state: office.state,
    district: office.district,
    officeName: office.officeName,
    address: office.address,
    phone: office.phone,
    email: office.email,
    countryPack: office.countryPack,
    language: office.language,
    autoLockMinutes: office.autoLockMinutes,
  };
  const draft = useDraftForm<OfficeInput>("office", initial, officeInputSchema, office.rev);
  const { form } = draft;
  const field = useFields(form);
  const { busy, submit } = useDraftSubmit(draft, async (values, baseRev) => {
    const saved = await updateOffice(db, actor, baseRev ?? office.rev, values);
    return { rev: saved.rev, next: () => notifySaved(t) };
  });
  if (!draft.ready) return null;
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="sm">
        {t("settings.office")}
      </Title>
      {draft.restored && (
        <Alert color="blue" mb="sm" data-testid="draft-restored">
          {t("draft.restored")}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={2}>
            <Select
              label={t("office.state")}
              data={[...regionsOf(office.countryPack)]}
              searchable
              withAsterisk
              {...field("state")}
            />
            <TextInput label={t("office.district")} withAsterisk {...field("district")} />
            <TextInput label={t("office.officeName")} withAsterisk {...field("officeName")} />
            <TextInput
              label={t("office.countryPack")}
              description={t("office.countryPackFixed")}
              value={t(`pack.${office.countryPack}`)}
              readOnly
              data-testid="office-pack"
            />
            <Textarea label={t("office.address")} withAsterisk autosize minRows={2} {...field("address")} />
            <Stack gap="sm">
              <TextInput label={t("office.phone")} withAsterisk {...field("phone")} />
              <TextInput label={t("office.email")} withAsterisk {...field("email")} />
            </Stack>
            <Select
              label={t("office.language")}
              description={t("office.languageHint")}
              allowDeselect={false}
              data={languages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
              {...field("language")}
            />
            <NumberInput
              label={t("office.autoLockMinutes")}
              description={t("office.autoLockHint")}
              min={1}
              max={120}
              // Out of range is refused with the range named, never changed silently to the nearest limit.
              clampBehavior="none"
              {...field("autoLockMinutes")}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={busy}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function DemoSection() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const confirm = () =>
    modals.openConfirmModal({
      title: t("demo.removeTitle"),
      children: <Text size="sm">{t("demo.removeConfirm")}</Text>,
      labels: { confirm: t("demo.removeButton"), cancel: t("common.cancel") },
      confirmProps: { color: "red" },
      onConfirm: async () => {
        try {
          await removeDemo(db, actor);
          location.hash = "#/";
        } catch (e) {
          notifyError(t, e);
        }
      },
    });
  return (
    <Paper withBorder p="lg" bg="yellow.0">
      <Title order={4} mb="xs">
        {t("demo.sectionTitle")}
      </Title>
      <Text size="sm" mb="sm">
        {t("demo.sectionText")}
      </Text>
      <Button color="red" variant="light" onClick={confirm}>
        {t("demo.removeButton")}
      </Button>
    </Paper>
  );
}

function AppInfoSection() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void host.appInfo().then(setInfo);
  }, []);
  if (!info) return null;
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="sm">
        {t("settings.about")}
      </Title>
      <Table withRowBorders={false} fz="sm">
        <Table.Tbody>
          <Table.Tr>
            <Table.Td w={220}>{t("settings.version")}</Table.Td>
            <Table.Td>{info.version}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td>{t("settings.shell")}</Table.Td>
            <Table.Td>{t(`settings.shell_${info.shell}`)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td>{t("settings.dataLocation")}</Table.Td>
            <Table.Td ff="monospace">{info.dataLocation}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
