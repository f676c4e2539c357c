// Why: a KPM household and its members in ONE form and ONE save (`#/kpm/baru`, `#/kpm/:id`); the components panel
// beside it shows what the members bring today, derived, never typed. What is typed survives the screen lock.
import {
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { DraftRestored } from "../../../app/DraftRestored";
import { handleSaveError, useFields } from "../../../app/fields";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { getKpm, saveKpm, type Kpm } from "../../../db/repositories/pkh/kpm";
import { groupsOfSite } from "../../../db/repositories/pkh/groups";
import { sitesRepo } from "../../../db/repositories/sites";
import { ComponentsPanel } from "./ComponentsPanel";
import { PaymentHistory } from "../pembayaran/PaymentHistory";
import { KpmComplaints } from "../pengaduan/KpmComplaints";
import { MembersEditor } from "./MembersEditor";
import { formProblems, householdValues, toDraft, type KpmFields } from "./form-values";

export function KpmPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { actor } = useActor();
  const live = useLive(async () => {
    const kpm = id && id !== "baru" ? await getKpm(db, actor, id) : null;
    const sites = (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt);
    const siteId =
      kpm?.household.siteId ?? sites.find((s) => s.id === params.get("wilayah"))?.id ?? sites[0]?.id;
    const groups = siteId ? (await groupsOfSite(db, actor, siteId)).map((g) => g.group) : [];
    return { kpm, sites, siteId: siteId ?? null, groups };
  }, [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { kpm, sites, siteId, groups } = live.data;
  if (!siteId) return null;
  return (
    <KpmForm
      key={kpm ? `${kpm.household.id}` : "new"}
      kpm={kpm}
      siteId={siteId}
      sites={sites.map((s) => ({ value: s.id, label: s.name }))}
      groups={groups.map((g) => ({ value: g.id, label: g.name }))}
    />
  );
}

type Props = {
  kpm: Kpm | null;
  siteId: string;
  sites: { value: string; label: string }[];
  groups: { value: string; label: string }[];
};

function KpmForm({ kpm, siteId, sites, groups }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const draft = useDraftForm<KpmFields>(
    kpm ? `pkh-kpm:${kpm.household.id}` : `pkh-kpm:new:${siteId}`,
    householdValues(kpm, siteId),
    formProblems,
    kpm?.household.rev ?? null,
  );
  const { form } = draft;
  const field = useFields(form);
  const [busy, setBusy] = useState(false);
  if (!draft.ready) return null;
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      const saved = await saveKpm(db, actor, toDraft(v, kpm, draft.baseRev));
      await draft.discard();
      notifications.show({ color: "green", message: t("pkh.kpm.saved", { no: saved.household.kpmNo }) });
      if (!kpm) navigate(`/kpm/${saved.household.id}`, { replace: true });
    } catch (e) {
      handleSaveError(t, form, e, () => void draft.discard());
    } finally {
      setBusy(false);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2}>
          {kpm ? t("pkh.kpm.pageTitle", { no: kpm.household.kpmNo }) : t("pkh.kpm.newTitle")}
        </Title>
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        <Grid>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack>
              <Paper withBorder p="md" data-testid="household-form">
                <Stack gap="sm">
                  <Title order={4}>{t("pkh.kpm.household")}</Title>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput label={t("pkh.kpm.kpmNo")} withAsterisk {...field("kpmNo")} />
                    <TextInput label={t("pkh.kpm.headName")} withAsterisk {...field("headName")} />
                  </SimpleGrid>
                  <TextInput label={t("pkh.kpm.address")} {...field("address")} />
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    {sites.length > 1 && !kpm && (
                      <Select
                        label={t("pkh.kpm.site")}
                        allowDeselect={false}
                        data={sites}
                        {...field("siteId")}
                      />
                    )}
                    <TextInput label={t("pkh.kpm.desa")} {...field("desa")} />
                    <Select
                      label={t("pkh.kpm.group")}
                      clearable
                      data={form.values.siteId === siteId ? groups : []}
                      placeholder={groups.length ? undefined : t("pkh.kpm.noGroups")}
                      {...field("groupId")}
                    />
                  </SimpleGrid>
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <TextInput label={t("pkh.kpm.bankAccount")} {...field("bankAccount")} />
                    <TextInput label={t("pkh.kpm.kksNo")} {...field("kksNo")} />
                    <Checkbox
                      mt={32}
                      label={t("pkh.kpm.active")}
                      {...field("active", { type: "checkbox" })}
                    />
                  </SimpleGrid>
                </Stack>
              </Paper>
              <MembersEditor form={form} />
              <Group>
                <Button type="submit" loading={busy}>
                  {t("common.save")}
                </Button>
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack>
              <ComponentsPanel members={form.values.members} />
              {kpm && <PaymentHistory householdId={kpm.household.id} />}
              {kpm && <KpmComplaints householdId={kpm.household.id} siteId={kpm.household.siteId} />}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  );
}
