// Why: a site's needs register: what the community needs, how urgent, whether a plan and programmes answer it yet.
import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { needStatuses, type NeedInput } from "../../../../shared/domain/community";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { needsRepo } from "../../../db/repositories/community";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { SiteSelect, useSiteChoice } from "../perjumpaan/site-choice";
import { NeedStatusBadge, PriorityBadge } from "./labels";
import { NeedForm } from "./NeedForm";
import { needsOfSite } from "./needs-data";

export function NeedsPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const choice = useSiteChoice();
  const { siteId, params, setParam } = choice;
  const [adding, setAdding] = useState(false);
  const live = useLive(async () => (siteId ? needsOfSite(db, actor, siteId) : []), [actor, siteId]);
  if (choice.error) return <LoadError error={choice.error} />;
  if (live.error) return <LoadError error={live.error} />;
  const status = params.get("status");
  const plan = params.get("pelan");
  const rows = live.loading
    ? []
    : live.data.filter(
        (r) => (!status || r.need.status === status) && (!plan || (plan === "ada") === !!r.plan),
      );
  const canWrite = can(actor.role, "records.write");

  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="end">
        <div>
          <Title order={3}>{t("keperluan.title")}</Title>
          <Text size="sm" c="dimmed">
            {t("keperluan.intro")}
          </Text>
        </div>
        {siteId && canWrite && !adding && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            {t("keperluan.new")}
          </Button>
        )}
      </Group>
      <Group align="end">
        <SiteSelect sites={choice.sites} value={siteId} onChange={(v) => setParam("tapak", v)} />
        <Select
          label={t("keperluan.statusLabel")}
          placeholder={t("keperluan.all")}
          clearable
          w={200}
          data={needStatuses.map((s) => ({ value: s, label: t(`keperluan.status.${s}`) }))}
          value={status}
          onChange={(v) => setParam("status", v)}
        />
        <Select
          label={t("keperluan.planLabel")}
          placeholder={t("keperluan.all")}
          clearable
          w={200}
          data={[
            { value: "ada", label: t("keperluan.planYes") },
            { value: "tiada", label: t("keperluan.planNo") },
          ]}
          value={plan}
          onChange={(v) => setParam("pelan", v)}
        />
      </Group>
      {adding && siteId && (
        <Paper withBorder p="md" data-testid="new-need">
          <Title order={5} mb="sm">
            {t("keperluan.newTitle")}
          </Title>
          <NeedForm
            key={siteId}
            draftKey={`need:new:${siteId}`}
            initial={
              {
                siteId,
                problem: "",
                evidence: "",
                raisedInMeetingId: null,
                priority: "sederhana",
                status: "dikenal-pasti",
              } satisfies NeedInput
            }
            rev={null}
            submitLabel={t("keperluan.save")}
            onSave={async (values) => {
              await needsRepo(db).create(actor, values);
              notifySaved(t, t("keperluan.savedNew"));
              return { next: () => setAdding(false) };
            }}
            extraActions={
              <Button variant="default" onClick={() => setAdding(false)}>
                {t("common.cancel")}
              </Button>
            }
          />
        </Paper>
      )}
      {!choice.loading && choice.sites.length === 0 ? (
        <Text c="dimmed">{t("perjumpaan.noSites")}</Text>
      ) : live.loading ? null : rows.length === 0 ? (
        <Paper withBorder p="md">
          <Text c="dimmed" data-testid="needs-empty">
            {live.data.length === 0 ? t("keperluan.empty") : t("keperluan.emptyFiltered")}
          </Text>
        </Paper>
      ) : (
        <Table withTableBorder striped highlightOnHover fz="sm" data-testid="needs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("keperluan.problem")}</Table.Th>
              <Table.Th w={130}>{t("keperluan.priorityLabel")}</Table.Th>
              <Table.Th w={140}>{t("keperluan.statusLabel")}</Table.Th>
              <Table.Th w={190}>{t("keperluan.raisedIn")}</Table.Th>
              <Table.Th w={130}>{t("keperluan.planLabel")}</Table.Th>
              <Table.Th w={100} ta="right">
                {t("keperluan.programmesShort")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ need: n, meeting, plan: p, programmes }) => (
              <Table.Tr key={n.id} data-testid="need-row">
                <Table.Td>
                  <Anchor component={Link} to={`/keperluan/${n.id}`} size="sm">
                    {n.problem}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <PriorityBadge priority={n.priority} />
                </Table.Td>
                <Table.Td>
                  <NeedStatusBadge status={n.status} />
                </Table.Td>
                <Table.Td>
                  {meeting ? (
                    <Anchor component={Link} to={`/perjumpaan/${meeting.id}`} size="sm">
                      {formatDate(meeting.date)} · {meeting.venue}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      -
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {p ? (
                    <Badge variant="light" color="teal" data-testid="has-plan">
                      {t("keperluan.planYes")}
                    </Badge>
                  ) : (
                    <Badge variant="light" color="orange" data-testid="has-plan">
                      {t("keperluan.planNo")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">{programmes}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
