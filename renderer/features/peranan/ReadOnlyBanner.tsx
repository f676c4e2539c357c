// Why: a role that may only read (the pemerhati) is told so on every screen, so no form looks as if it could be saved.
import { Alert } from "@mantine/core";
import { IconEye } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { can } from "../../../shared/domain/roles";
import { useActor } from "../../app/session";

export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const { actor } = useActor();
  if (can(actor.role, "records.write")) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconEye size={16} />}
      mb="sm"
      py={6}
      data-testid="read-only-banner"
    >
      {t("readOnly.banner")}
    </Alert>
  );
}
