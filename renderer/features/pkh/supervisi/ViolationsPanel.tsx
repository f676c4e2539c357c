// Why: the violations recorded for the pendamping, newest first, each graded, with its follow-ups and closing (only
// once followed up), deleted with undo.
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { todayIn } from "../../../../shared/domain/dates";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { can } from "../../../../shared/domain/roles";
import { formatDate } from "../../../app/format";
import { notifyError, tKey } from "../../../app/messages";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { softDeleteWithUndo } from "../../../app/soft-delete";
import { ValidationError } from "../../../db/errors";
import { db } from "../../../db/instance";
import type { PkhViolationRecord } from "../../../db/pkh-tables";
import {
  addViolationFollowUp,
  closeViolation,
  violationsRepo,
} from "../../../db/repositories/pkh/violations";
import { FollowUpList } from "../tindak-lanjut/FollowUpList";
import { violationKindLabel } from "./kind-label";
import type { Pendamping } from "./staff";
import { ViolationForm } from "./ViolationForm";

const gradeColor = { ringan: "yellow", sedang: "orange", berat: "red" } as const;

export function ViolationsPanel({
  violations,
  pendamping,
}: {
  violations: PkhViolationRecord[];
  pendamping: Pendamping[];
}) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const kinds = pkhSettingsOf(useOffice()).violationKinds;
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [closeError, setCloseError] = useState<string | null>(null);
  const canWrite = can(actor.role, "supervision.write");
  const name = (id: string) => pendamping.find((p) => p.id === id)?.name ?? id;
  const close = async (v: PkhViolationRecord) => {
    setCloseError(null);
    try {
      await closeViolation(db, actor, v.id, v.rev, todayIn());
      notifications.show({ color: "green", message: t("pkh.supervisi.closedSaved") });
    } catch (e) {
      if (e instanceof ValidationError) setCloseError(tKey(t, Object.values(e.fields)[0]) ?? null);
      else notifyError(t, e);
    }
  };
  return (
    <Paper withBorder p="md" data-testid="violations">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t("pkh.supervisi.violations")}</Title>
        {canWrite && !adding && pendamping.length > 0 && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            {t("pkh.supervisi.addViolation")}
          </Button>
        )}
      </Group>
      {adding && <ViolationForm pendamping={pendamping} onDone={() => setAdding(false)} />}
      {violations.length === 0 && <Text c="dimmed">{t("pkh.supervisi.noViolations")}</Text>}
      <Stack gap="sm" mt="sm">
        {violations.map((v) => (
          <Paper key={v.id} withBorder p="sm" data-testid="violation-row">
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Group gap="xs">
                  <Text fw={600}>{violationKindLabel(t, kinds, v.kind)}</Text>
                  <Badge color={gradeColor[v.grade]} miw="max-content">
                    {t(`pkh.code.grade.${v.grade}`)}
                  </Badge>
                  <Badge variant="light" color={v.closedDate ? "teal" : "gray"} miw="max-content">
                    {v.closedDate
                      ? t("pkh.supervisi.closed", { date: formatDate(v.closedDate) })
                      : t("pkh.supervisi.open")}
                  </Badge>
                </Group>
                <Text size="sm">
                  {name(v.facilitatorId)} · {formatDate(v.date)}
                </Text>
                <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
                  {v.description}
                </Text>
              </div>
              <Group gap={4} wrap="nowrap">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => setOpen(open === v.id ? null : v.id)}
                >
                  {t("pkh.supervisi.details", { name: name(v.facilitatorId) })}
                </Button>
                {canWrite && (
                  <Tooltip label={t("common.delete")}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("common.delete")}
                      onClick={() =>
                        void softDeleteWithUndo({
                          t,
                          name: violationKindLabel(t, kinds, v.kind),
                          remove: () => violationsRepo(db).softDelete(actor, v.id, v.rev),
                          restore: () => violationsRepo(db).restore(actor, v.id),
                        })
                      }
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Group>
            {open === v.id && (
              <Stack gap="xs" mt="sm">
                <FollowUpList
                  followUps={v.followUps}
                  canWrite={canWrite && !v.closedDate}
                  by={actor.name}
                  onAdd={async (f) => void (await addViolationFollowUp(db, actor, v.id, v.rev, f))}
                />
                {canWrite && !v.closedDate && (
                  <Group>
                    <Button variant="light" onClick={() => void close(v)}>
                      {t("pkh.supervisi.close")}
                    </Button>
                    {closeError && (
                      <Text c="red" size="sm">
                        {closeError}
                      </Text>
                    )}
                  </Group>
                )}
              </Stack>
            )}
          </Paper>
        ))}
      </Stack>
    </Paper>
  );
}
