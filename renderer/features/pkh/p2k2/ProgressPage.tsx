// Why: each KPM's progress through the P2K2 modules, a group at a time: a module complete, or the sessions attended
// (progressByKpm over every session of the wilayah, whichever group held it).
import { Anchor, Badge, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { progressByKpm } from "../../../../shared/domain/pkh/p2k2";
import { LoadError } from "../../../app/guards";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { p2k2Curriculum, rosterOf, siteSessions } from "../../../db/repositories/pkh/p2k2";
import { sitesRepo } from "../../../db/repositories/sites";

export function ProgressPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const curriculum = p2k2Curriculum(useOffice()).filter((m) => m.active);
  const [params, setParams] = useSearchParams();
  const live = useLive(async () => {
    const sites = (await sitesRepo(db).list(actor)).filter((s) => !s.deletedAt);
    const siteId = sites.find((s) => s.id === params.get("wilayah"))?.id ?? sites[0]?.id ?? null;
    const groups = siteId
      ? (await db.pkhGroups.where("siteId").equals(siteId).toArray())
          .filter((g) => !g.deletedAt)
          .sort((a, b) => a.name.localeCompare(b.name, "id"))
      : [];
    const groupId = groups.find((g) => g.id === params.get("kelompok"))?.id ?? groups[0]?.id ?? null;
    const roster = siteId && groupId ? await rosterOf(db, siteId, groupId) : [];
    const sessions = siteId ? await siteSessions(db, actor, siteId) : [];
    return { sites, siteId, groups, groupId, roster, progress: progressByKpm(sessions, curriculum) };
  }, [actor, params.get("wilayah"), params.get("kelompok")]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const { sites, siteId, groups, groupId, roster, progress } = live.data;
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    if (k === "wilayah") next.delete("kelompok");
    setParams(next, { replace: true });
  };
  return (
    <Stack>
      <Anchor component={Link} to={`/p2k2${siteId ? `?wilayah=${siteId}` : ""}`} size="sm">
        {t("pkh.p2k2.session.back")}
      </Anchor>
      <div>
        <Title order={2}>{t("pkh.p2k2.progress.title")}</Title>
        <Text c="dimmed">{t("pkh.p2k2.progress.intro")}</Text>
      </div>
      {sites.length > 1 && (
        <Select
          w={300}
          label={t("pkh.p2k2.site")}
          allowDeselect={false}
          data={sites.map((s) => ({ value: s.id, label: s.name }))}
          value={siteId}
          onChange={(v) => v && set("wilayah", v)}
        />
      )}
      <Select
        w={300}
        label={t("pkh.p2k2.progress.group")}
        allowDeselect={false}
        data={groups.map((g) => ({ value: g.id, label: g.name }))}
        value={groupId}
        onChange={(v) => v && set("kelompok", v)}
      />
      {!groupId ? (
        <Text c="dimmed">{t("pkh.p2k2.progress.noGroup")}</Text>
      ) : roster.length === 0 ? (
        <Text c="dimmed">{t("pkh.p2k2.progress.empty")}</Text>
      ) : (
        <Table withTableBorder withColumnBorders striped data-testid="p2k2-progress">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("pkh.p2k2.progress.kpm")}</Table.Th>
              {curriculum.map((m) => (
                <Table.Th key={m.code} ta="center">
                  {m.name}
                </Table.Th>
              ))}
              <Table.Th ta="center">{t("pkh.p2k2.progress.completeCount")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roster.map((k) => {
              const mods = progress.get(k.id) ?? [];
              return (
                <Table.Tr key={k.id} data-testid="progress-row">
                  <Table.Td>
                    <Text fw={600}>{k.name}</Text>
                    <Text size="xs">{k.kpmNo}</Text>
                  </Table.Td>
                  {curriculum.map((m) => {
                    const p = mods.find((x) => x.moduleCode === m.code);
                    return (
                      <Table.Td key={m.code} ta="center">
                        {p?.complete ? (
                          <Badge color="green" variant="light">
                            {t("pkh.p2k2.progress.complete")}
                          </Badge>
                        ) : p?.attended.length ? (
                          t("pkh.p2k2.progress.attended", { list: p.attended.join(", ") })
                        ) : (
                          t("pkh.p2k2.progress.nothing")
                        )}
                      </Table.Td>
                    );
                  })}
                  <Table.Td ta="center">
                    {mods.filter((p) => p.complete).length}/{curriculum.length}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
