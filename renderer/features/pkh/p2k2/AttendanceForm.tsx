// Why: after a session the pendamping records every KPM of the roster (hadir, sakit, izin, alfa) and the CKP of those
// present, in one save; a wrong row refuses the whole save with its reason beside the row.
import {
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { attendanceStatuses, type AttendanceStatus, type CkpItem } from "../../../../shared/domain/pkh/p2k2";
import { notifyError, notifySaved, tKey } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { ValidationError } from "../../../db/errors";
import { db } from "../../../db/instance";
import type { P2k2SessionRecord } from "../../../db/pkh-tables";
import { p2k2Repo, type RosterEntry } from "../../../db/repositories/pkh/p2k2";

type Row = { kpm: RosterEntry; status: AttendanceStatus; checked: string[]; note: string };

function initialRows(session: P2k2SessionRecord, roster: readonly RosterEntry[]): Row[] {
  return roster.map((kpm) => {
    const a = session.attendance.find((x) => x.kpmId === kpm.id);
    const c = session.ckp.find((x) => x.kpmId === kpm.id);
    return { kpm, status: a?.status ?? "hadir", checked: c?.checked ?? [], note: a?.note ?? "" };
  });
}

type Props = {
  session: P2k2SessionRecord;
  roster: readonly RosterEntry[];
  items: readonly CkpItem[];
  canWrite: boolean;
};

export function AttendanceForm({ session, roster, items, canWrite }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [rows, setRows] = useState(() => initialRows(session, roster));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const active = items.filter((i) => i.active);
  const change = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const ckpRows = rows.filter((r) => r.status === "hadir");
  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      await p2k2Repo(db).recordAttendance(
        actor,
        session.id,
        session.rev,
        rows.map((r) => ({ kpmId: r.kpm.id, status: r.status, note: r.note })),
        ckpRows.map((r) => ({ kpmId: r.kpm.id, checked: r.checked, note: "" })),
      );
      notifySaved(t, t("pkh.p2k2.attendance.saved"));
    } catch (e) {
      if (e instanceof ValidationError) setErrors(e.fields);
      notifyError(t, e);
    } finally {
      setBusy(false);
    }
  };
  const ckpError = (kpmId: string) => {
    const i = ckpRows.findIndex((r) => r.kpm.id === kpmId);
    return i >= 0 ? errors[`ckp.${i}`] : undefined;
  };
  return (
    <Paper withBorder p="md" data-testid="p2k2-attendance">
      <Stack gap="sm">
        <Title order={4}>{t("pkh.p2k2.attendance.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("pkh.p2k2.attendance.intro")}
        </Text>
        {roster.length === 0 ? (
          <Text c="dimmed">{t("pkh.p2k2.attendance.emptyRoster")}</Text>
        ) : (
          <Table withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("pkh.p2k2.attendance.kpm")}</Table.Th>
                <Table.Th>{t("pkh.p2k2.attendance.status")}</Table.Th>
                <Table.Th>{t("pkh.p2k2.attendance.ckp")}</Table.Th>
                <Table.Th>{t("pkh.p2k2.attendance.note")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => {
                const rowError = errors[`attendance.${i}`] ?? ckpError(r.kpm.id);
                return (
                  <Table.Tr key={r.kpm.id} data-testid="attendance-row">
                    <Table.Td>
                      <Text fw={600}>{r.kpm.name}</Text>
                      <Text size="xs">{r.kpm.kpmNo}</Text>
                      {rowError && (
                        <Text size="xs" c="red">
                          {tKey(t, rowError)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <SegmentedControl
                        size="xs"
                        disabled={!canWrite}
                        aria-label={`${t("pkh.p2k2.attendance.status")} ${r.kpm.name}`}
                        data={attendanceStatuses.map((s) => ({ value: s, label: t(`pkh.p2k2.status.${s}`) }))}
                        value={r.status}
                        onChange={(v) => change(i, { status: v as AttendanceStatus })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        {active.map((item) => (
                          <Checkbox
                            key={item.code}
                            size="xs"
                            disabled={!canWrite || r.status !== "hadir"}
                            label={item.label || t(`pkh.p2k2.ckpItem.${item.code}`)}
                            aria-label={`${item.label || t(`pkh.p2k2.ckpItem.${item.code}`)} ${r.kpm.name}`}
                            checked={r.status === "hadir" && r.checked.includes(item.code)}
                            onChange={(e) =>
                              change(i, {
                                checked: e.currentTarget.checked
                                  ? [...r.checked, item.code]
                                  : r.checked.filter((c) => c !== item.code),
                              })
                            }
                          />
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        disabled={!canWrite}
                        aria-label={`${t("pkh.p2k2.attendance.note")} ${r.kpm.name}`}
                        value={r.note}
                        onChange={(e) => change(i, { note: e.currentTarget.value })}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {errors.attendance && <Text c="red">{tKey(t, errors.attendance)}</Text>}
        {canWrite && roster.length > 0 && (
          <Group>
            <Button loading={busy} onClick={() => void save()}>
              {t("pkh.p2k2.attendance.save")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
