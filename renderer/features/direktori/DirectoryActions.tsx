// Why: the row of buttons at the top of the directory list: adding an entry here, and the other directory screens
// (entries to review, likely duplicates, import and export) add their own buttons to this row.
import { Button, Group } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { can } from "../../../shared/domain/roles";
import { useActor } from "../../app/session";

export function DirectoryActions() {
  const { t } = useTranslation();
  const { actor } = useActor();
  return (
    <Group gap="xs" data-testid="directory-actions">
      {can(actor.role, "records.write") && (
        <Button component={Link} to="/direktori/baru" leftSection={<IconPlus size={16} />}>
          {t("direktori.new")}
        </Button>
      )}
    </Group>
  );
}
