// Why: on the meeting page, the needs residents raised there, and a quick way to write one down while it is fresh.
import { Anchor, Button, Card, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { needPriorities, needSchema, type NeedInput } from "../../../../shared/domain/community";
import { can } from "../../../../shared/domain/roles";
import type { MeetingRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { needsRepo } from "../../../db/repositories/community";
import { LoadError } from "../../../app/guards";
import { notifySaved } from "../../../app/messages";
import { useFields } from "../../../app/fields";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { Link } from "react-router";
import { NeedStatusBadge, PriorityBadge } from "./labels";
import { needsOfMeeting } from "./needs-data";

export function RaisedNeeds({ meeting }: { meeting: MeetingRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(() => needsOfMeeting(db, actor, meeting), [actor, meeting]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const needs = live.data;
  return (
    <Card withBorder data-testid="raised-needs">
      <Stack gap="sm">
        <Title order={4}>{t("keperluan.raised.title")}</Title>
        {needs.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("keperluan.raised.empty")}
          </Text>
        ) : (
          <Stack gap={4}>
            {needs.map((n) => (
              <Group key={n.id} gap="sm" wrap="nowrap" data-testid="raised-need">
                <div style={{ flexShrink: 0 }}>
                  <PriorityBadge priority={n.priority} />
                </div>
                <Anchor component={Link} to={`/keperluan/${n.id}`} size="sm" style={{ flex: 1 }}>
                  {n.problem}
                </Anchor>
                <div style={{ flexShrink: 0 }}>
                  <NeedStatusBadge status={n.status} />
                </div>
              </Group>
            ))}
          </Stack>
        )}
        {can(actor.role, "records.write") && <QuickNeed meeting={meeting} />}
      </Stack>
    </Card>
  );
}

type QuickValues = Pick<NeedInput, "problem" | "priority">;

/** A need typed here is kept as a draft (a lock or another login loses nothing) until it is added. */
function QuickNeed({ meeting }: { meeting: MeetingRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const draft = useDraftForm<QuickValues>(
    `need:raised:${meeting.id}`,
    { problem: "", priority: "sederhana" },
    needSchema.pick({ problem: true, priority: true }),
  );
  const field = useFields(draft.form);
  const { busy, submit } = useDraftSubmit(draft, async (v) => {
    await needsRepo(db).create(actor, {
      ...v,
      siteId: meeting.siteId,
      evidence: "",
      raisedInMeetingId: meeting.id,
      status: "dikenal-pasti",
    } satisfies NeedInput);
    return {
      next: () => {
        void draft.discard();
        notifySaved(t, t("keperluan.raised.saved"));
      },
    };
  });
  if (!draft.ready) return null;
  return (
    <form onSubmit={submit} noValidate>
      <Group align="start" wrap="nowrap" gap="sm" data-testid="quick-need">
        <TextInput label={t("keperluan.raised.problem")} style={{ flex: 1 }} {...field("problem")} />
        <Select
          label={t("keperluan.priorityLabel")}
          w={150}
          allowDeselect={false}
          data={needPriorities.map((p) => ({ value: p, label: t(`keperluan.priority.${p}`) }))}
          {...field("priority")}
        />
        <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={busy}>
          {t("keperluan.raised.add")}
        </Button>
      </Group>
    </form>
  );
}
