// Why: on the meeting page, the needs residents raised there, and a quick way to write one down while it is fresh.
import { Anchor, Button, Card, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { needPriorities, type NeedInput } from "../../../shared/domain/community";
import { can } from "../../../shared/domain/roles";
import type { MeetingRecord } from "../../db/app-db";
import { ValidationError } from "../../db/errors";
import { db } from "../../db/instance";
import { needsRepo } from "../../db/repositories/community";
import { LoadError } from "../../app/guards";
import { notifyError, notifySaved, tKey } from "../../app/messages";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
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

function QuickNeed({ meeting }: { meeting: MeetingRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [problem, setProblem] = useState("");
  const [priority, setPriority] = useState<NeedInput["priority"]>("sederhana");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      await needsRepo(db).create(actor, {
        siteId: meeting.siteId,
        problem,
        evidence: "",
        raisedInMeetingId: meeting.id,
        priority,
        status: "dikenal-pasti",
      } satisfies NeedInput);
      setProblem("");
      notifySaved(t, t("keperluan.raised.saved"));
    } catch (e) {
      if (e instanceof ValidationError) setErrors(e.fields);
      else notifyError(t, e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group align="start" wrap="nowrap" gap="sm" data-testid="quick-need">
      <TextInput
        label={t("keperluan.raised.problem")}
        style={{ flex: 1 }}
        value={problem}
        onChange={(e) => setProblem(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            void save();
          }
        }}
        error={tKey(t, errors.problem)}
      />
      <Select
        label={t("keperluan.priorityLabel")}
        w={150}
        allowDeselect={false}
        data={needPriorities.map((p) => ({ value: p, label: t(`keperluan.priority.${p}`) }))}
        value={priority}
        onChange={(v) => v && setPriority(v as NeedInput["priority"])}
      />
      <Button mt={25} leftSection={<IconPlus size={16} />} onClick={() => void save()} loading={busy}>
        {t("keperluan.raised.add")}
      </Button>
    </Group>
  );
}
