// Why: a document cannot be made without its letterhead and signatory settings; this says which ones and where to fill them.
import { Alert, Anchor, List, Text } from "@mantine/core";
import { IconSettings } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { can } from "../../../shared/domain/roles";
import { useActor } from "../../app/session";
import { AppError } from "../../db/errors";

/** The missing settings' label keys when `e` is the "settings missing" refusal, else null. */
export function missingFrom(e: unknown): string[] | null {
  return e instanceof AppError && e.key === "e.reportSettingsMissing"
    ? String(e.params.settings ?? "")
        .split(",")
        .filter(Boolean)
    : null;
}

export function SettingsMissing({ settings }: { settings: string[] }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  return (
    <Alert
      color="orange"
      icon={<IconSettings size={16} />}
      title={t("laporan.settingsMissing")}
      data-testid="settings-missing"
    >
      <List size="sm">
        {settings.map((key) => (
          <List.Item key={key}>{t(key)}</List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        {can(actor.role, "office.manage") ? (
          <Anchor component={Link} to="/tetapan">
            {t("laporan.settingsLink")}
          </Anchor>
        ) : (
          t("laporan.settingsAskAdmin")
        )}
      </Text>
    </Alert>
  );
}
