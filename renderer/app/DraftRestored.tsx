// Why: a kept draft is announced on every form the same way, with a way to throw it away.
import { Alert, Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function DraftRestored({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" p="xs" data-testid="draft-restored">
      <Group justify="space-between">
        {t("draft.restored")}
        <Button size="xs" variant="subtle" onClick={onDiscard}>
          {t("draft.discard")}
        </Button>
      </Group>
    </Alert>
  );
}
