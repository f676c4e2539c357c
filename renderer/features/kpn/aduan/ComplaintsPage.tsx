// Why: every complaint the user may read (#/kpn/aduan), newest first, filtered by where it stands (baru, diakui,
// selesai, lewat) with its charter deadlines; "Daftar aduan" records one when the outreach counter is not at hand.
import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { complaintSettingsOf } from "../../../../shared/domain/kpn/complaint-settings";
import { complaintStatuses, type ComplaintStatus } from "../../../../shared/domain/kpn/complaints";
import { can } from "../../../../shared/domain/roles";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { complaintsWithState } from "../../../db/repositories/kpn/complaints";
import { categoryLabel } from "./category-label";
import { ComplaintStatusBadge } from "./labels";
import { RegisterComplaintForm } from "./RegisterComplaintForm";

export function ComplaintsPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const settings = complaintSettingsOf(office);
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const status = (params.get("status") as ComplaintStatus | null) ?? null;
  const live = useLive(() => complaintsWithState(db, actor), [actor, office.rev]);
  const setStatus = (v: string) => {
    const next = new URLSearchParams(params);
    if (v === "semua") next.delete("status");
    else next.set("status", v);
    setParams(next, { replace: true });
  };
  const rows = live.loading || live.error ? [] : live.data.filter((r) => !status || r.status === status);
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3}>{t("kpnAduan.title")}</Title>
          <Text size="sm" c="dimmed">
            {t("kpnAduan.intro", { ack: settings.acknowledgeDays, resolve: settings.resolveDays })}
          </Text>
        </div>
        {can(actor.role, "records.write") && !adding && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            {t("kpnAduan.register")}
          </Button>
        )}
      </Group>
      {adding && <RegisterComplaintForm onDone={() => setAdding(false)} />}
      <SegmentedControl
        w="fit-content"
        value={status ?? "semua"}
        onChange={setStatus}
        data={[
          { value: "semua", label: t("kpnAduan.all") },
          ...complaintStatuses.map((s) => ({ value: s, label: t(`kpnAduan.status.${s}`) })),
        ]}
        data-testid="status-filter"
      />
      {live.loading ? null : live.error ? (
        <LoadError error={live.error} />
      ) : rows.length === 0 ? (
        <Text c="dimmed" data-testid="complaints-empty">
          {t("kpnAduan.none")}
        </Text>
      ) : (
        <Table withTableBorder striped highlightOnHover data-testid="complaints-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("kpnAduan.refNo")}</Table.Th>
              <Table.Th>{t("kpnAduan.received")}</Table.Th>
              <Table.Th>{t("kpnAduan.name")}</Table.Th>
              <Table.Th>{t("kpnAduan.category")}</Table.Th>
              <Table.Th>{t("kpnAduan.ackBy")}</Table.Th>
              <Table.Th>{t("kpnAduan.resolveBy")}</Table.Th>
              <Table.Th>{t("kpnAduan.statusTitle")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ complaint: c, status: s, state }) => (
              <Table.Tr key={c.id} data-testid="complaint-row">
                <Table.Td>
                  <Anchor component={Link} to={`/kpn/aduan/${c.id}`} ff="monospace" size="sm">
                    {c.refNo}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDate(c.receivedDate)}</Table.Td>
                <Table.Td>
                  {c.name}
                  {c.sensitive && (
                    <Text span size="xs" c="red" ml={6}>
                      {t("kpnAduan.sensitiveShort")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{categoryLabel(t, settings, c.category)}</Table.Td>
                <Table.Td>{formatDate(state.acknowledgeBy)}</Table.Td>
                <Table.Td>{formatDate(state.resolveBy)}</Table.Td>
                <Table.Td>
                  <ComplaintStatusBadge status={s} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
