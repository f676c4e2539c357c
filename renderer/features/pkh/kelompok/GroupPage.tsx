// Why: a kelompok's page: its name and desa, its roster of KPM (the list P2K2 sessions use), KPM added or removed, and
// its ketua chosen among them; one save. What is typed survives the screen lock (a draft).
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlus, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { DraftRestored } from "../../../app/DraftRestored";
import { formatDate } from "../../../app/format";
import { handleSaveError, useFields } from "../../../app/fields";
import { LoadError } from "../../../app/guards";
import { tKey } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import type { PkhGroupRecord, PkhHouseholdRecord } from "../../../db/pkh-tables";
import { groupWithRoster, saveGroup } from "../../../db/repositories/pkh/groups";
import { searchKpm } from "../../../db/repositories/pkh/kpm";
import { sitesRepo } from "../../../db/repositories/sites";
import { headOf } from "../kpm/components";

type Fields = { name: string; desa: string; leaderId: string; leaderActive: boolean; memberIds: string[] };

export function GroupPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { actor } = useActor();
  const live = useLive(async () => {
    if (id && id !== "baru") {
      const { group } = await groupWithRoster(db, actor, id);
      return { siteId: group.siteId, group };
    }
    const sites = (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt);
    const siteId = sites.find((s) => s.id === params.get("wilayah"))?.id ?? sites[0]?.id ?? null;
    return { siteId, group: null };
  }, [actor, id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { siteId, group } = live.data;
  if (!siteId) return null;
  return <GroupForm key={group?.id ?? "new"} siteId={siteId} group={group} />;
}

function GroupForm({ siteId, group }: { siteId: string; group: PkhGroupRecord | null }) {
  const { actor } = useActor();
  const navigate = useNavigate();
  const rosterLive = useLive(
    async () => (group ? (await groupWithRoster(db, actor, group.id)).roster.map((h) => h.id) : []),
    [actor, group?.id, group?.rev],
  );
  if (rosterLive.loading) return null;
  if (rosterLive.error) return <LoadError error={rosterLive.error} />;
  const initial: Fields = {
    name: group?.name ?? "",
    desa: group?.desa ?? "",
    leaderId: group?.leaderId ?? "",
    leaderActive: group?.leaderActive ?? true,
    memberIds: rosterLive.data,
  };
  return (
    <GroupFields
      siteId={siteId}
      group={group}
      initial={initial}
      onSaved={(gid) => navigate(`/kelompok/${gid}`, { replace: true })}
    />
  );
}

type FieldsProps = {
  siteId: string;
  group: PkhGroupRecord | null;
  initial: Fields;
  onSaved: (id: string) => void;
};

function GroupFields({ siteId, group, initial, onSaved }: FieldsProps) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const draft = useDraftForm<Fields>(
    group ? `pkh-group:${group.id}` : `pkh-group:new:${siteId}`,
    initial,
    (v): Record<string, string> => (v.name.trim() ? {} : { name: "v.required" }),
    group?.rev ?? null,
  );
  const { form } = draft;
  const field = useFields(form);
  const [busy, setBusy] = useState(false);
  const [find, setFind] = useState("");
  const memberIds = form.values.memberIds;
  const people = useLive(async () => {
    const rows = await db.pkhHouseholds.bulkGet(memberIds);
    return rows.filter((h): h is PkhHouseholdRecord => !!h);
  }, [memberIds.join(",")]);
  const found = useLive(
    async () => (find.trim() ? await searchKpm(db, actor, find, { siteId, limit: 8 }) : []),
    [actor, find, siteId],
  );
  if (!draft.ready) return null;
  const roster = people.loading || people.error ? [] : people.data;
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      const saved = await saveGroup(db, actor, {
        id: group?.id ?? null,
        rev: draft.baseRev ?? group?.rev ?? null,
        siteId,
        name: v.name,
        desa: v.desa,
        leaderId: v.leaderId || null,
        leaderActive: v.leaderActive,
        memberIds: v.memberIds,
      });
      await draft.discard();
      notifications.show({ color: "green", message: t("pkh.kelompok.saved") });
      onSaved(saved.group.id);
    } catch (e) {
      handleSaveError(t, form, e, () => void draft.discard());
    } finally {
      setBusy(false);
    }
  });
  const remove = (hid: string) => {
    form.setFieldValue(
      "memberIds",
      memberIds.filter((m) => m !== hid),
    );
    if (form.values.leaderId === hid) form.setFieldValue("leaderId", "");
  };
  const leader = roster.find((h) => h.id === form.values.leaderId);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2}>{group ? group.name : t("pkh.kelompok.newTitle")}</Title>
        {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
        <Paper withBorder p="md">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t("pkh.kelompok.name")} withAsterisk {...field("name")} />
              <TextInput label={t("pkh.kpm.desa")} {...field("desa")} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t("pkh.kelompok.leader")}
                description={t("pkh.kelompok.leaderHint")}
                clearable
                data={roster.map((h) => ({ value: h.id, label: `${headOf(h)} (${h.kpmNo})` }))}
                value={form.values.leaderId || null}
                onChange={(v) => form.setFieldValue("leaderId", v ?? "")}
                error={tKey(t, form.errors.leaderId as string | undefined)}
              />
              <Checkbox
                mt={32}
                label={t("pkh.kelompok.leaderActive")}
                {...form.getInputProps("leaderActive", { type: "checkbox" })}
              />
            </SimpleGrid>
            {leader && (
              <Text size="sm" c="dimmed" data-testid="leader-joined">
                {t("pkh.kelompok.leaderJoined", {
                  date:
                    leader.groupId === group?.id && leader.groupJoinedOn
                      ? formatDate(leader.groupJoinedOn)
                      : t("pkh.kelompok.onSave"),
                })}
              </Text>
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={4}>{t("pkh.kelompok.roster", { count: roster.length })}</Title>
            {form.errors.memberIds && (
              <Text c="red" size="sm">
                {tKey(t, form.errors.memberIds as string)}
              </Text>
            )}
            {roster.length === 0 ? (
              <Text c="dimmed">{t("pkh.kelompok.rosterEmpty")}</Text>
            ) : (
              <Table withTableBorder data-testid="roster-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("pkh.kpm.kpmNo")}</Table.Th>
                    <Table.Th>{t("pkh.kpm.headName")}</Table.Th>
                    <Table.Th>{t("pkh.kpm.desa")}</Table.Th>
                    <Table.Th>{t("pkh.kelompok.joined")}</Table.Th>
                    <Table.Th w={60} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {roster.map((h) => (
                    <Table.Tr key={h.id} data-testid="roster-row">
                      <Table.Td ff="monospace">{h.kpmNo}</Table.Td>
                      <Table.Td>
                        {headOf(h)}{" "}
                        {h.id === form.values.leaderId && <b>({t("pkh.kelompok.leaderShort")})</b>}
                      </Table.Td>
                      <Table.Td>{h.desa}</Table.Td>
                      <Table.Td>
                        {h.groupId === group?.id && h.groupJoinedOn
                          ? formatDate(h.groupJoinedOn)
                          : t("pkh.kelompok.onSave")}
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t("pkh.kelompok.removeOne", { name: headOf(h) })}
                          onClick={() => remove(h.id)}
                        >
                          <IconX size={16} />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <TextInput
              label={t("pkh.kelompok.findKpm")}
              placeholder={t("pkh.kpm.searchHint")}
              value={find}
              onChange={(e) => setFind(e.currentTarget.value)}
            />
            {!found.loading &&
              !found.error &&
              found.data
                .filter((r) => !memberIds.includes(r.household.id))
                .map(({ household: h }) => (
                  <Group key={h.id} justify="space-between" data-testid="kpm-found">
                    <Text size="sm">
                      {h.kpmNo} · {headOf(h)} · {h.desa}
                    </Text>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPlus size={14} />}
                      aria-label={t("pkh.kelompok.addOne", { name: headOf(h) })}
                      onClick={() => form.setFieldValue("memberIds", [...memberIds, h.id])}
                    >
                      {t("pkh.kelompok.addKpm")}
                    </Button>
                  </Group>
                ))}
          </Stack>
        </Paper>
        <Group>
          <Button type="submit" loading={busy}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
