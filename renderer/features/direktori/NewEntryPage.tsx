// Why: adding an organisation to the directory (#/direktori/baru).
import { Anchor, Breadcrumbs, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { notifySaved } from "../../app/messages";
import { useActor } from "../../app/session";
import { EntryForm } from "./EntryForm";
import { emptyEntry } from "./entry-values";
import { saveEntry } from "./save-entry";

export function NewEntryPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  return (
    <Stack maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to="/direktori" size="sm">
          {t("direktori.title")}
        </Anchor>
        <Text size="sm">{t("direktori.newTitle")}</Text>
      </Breadcrumbs>
      <Title order={3}>{t("direktori.newTitle")}</Title>
      <Paper withBorder p="md">
        <EntryForm
          draftKey="direktori:new"
          initial={emptyEntry}
          rev={null}
          submitLabel={t("direktori.save")}
          onSave={async (values) => {
            const o = await saveEntry(actor, values, null);
            notifySaved(t, t("direktori.saved", { name: o.name }));
            return { next: () => navigate(`/direktori/${o.id}`) };
          }}
        />
      </Paper>
    </Stack>
  );
}
