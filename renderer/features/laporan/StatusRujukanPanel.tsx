// Why: the referral status list on the Laporan screen: preview of the rows (overdue first, bold, red badge) and "Simpan Excel".
import { Alert, Badge, Button, Group, Loader, Stack, Table, Text } from "@mantine/core";
import { IconFileSpreadsheet, IconInfoCircle, IconLock } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError } from "../../app/guards";
import { notifyError, notifySaved } from "../../app/messages";
import { useOffice } from "../../app/office-context";
import { useActor } from "../../app/session";
import { useLive } from "../../app/use-live";
import { db } from "../../db/instance";
import type { ReportChoice } from "./statistik-kes";
import { buildStatusRujukan, loadStatusRujukan, saveStatusRujukan } from "./status-rujukan";

type Props = { choice: ReportChoice; reviewer: string; today: string };

export function StatusRujukanPanel({ choice, reviewer, today }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const [saving, setSaving] = useState(false);
  const siteKey = choice.sites.map((s) => s.id).join(",");
  const records = useLive(
    () => loadStatusRujukan(db, siteKey ? siteKey.split(",") : [], choice.year),
    [siteKey, choice.year],
  );
  const { year, month, sites } = choice;
  const model = useMemo(
    () =>
      records.loading || records.error || !sites.length
        ? null
        : buildStatusRujukan(
            { sites, year, month },
            records.data,
            office,
            actor,
            reviewer,
            today,
            new Date().toISOString(),
          ),
    [records, sites, year, month, office, actor, reviewer, today],
  );

  const save = async () => {
    if (records.loading || records.error) return;
    setSaving(true);
    try {
      const fresh = buildStatusRujukan(
        choice,
        records.data,
        office,
        actor,
        reviewer,
        today,
        new Date().toISOString(),
      );
      if (await saveStatusRujukan(fresh, actor, choice))
        notifySaved(t, t("laporan.saved", { file: fresh.fileNames.xlsx }));
    } catch (e) {
      notifyError(t, e);
    } finally {
      setSaving(false);
    }
  };

  if (records.error) return <LoadError error={records.error} />;
  if (!model) return <Loader size="sm" />;
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="center">
        <Group gap="xs">
          <Badge color="dark" variant="outline" leftSection={<IconLock size={12} />}>
            SULIT
          </Badge>
          <Text size="sm" data-testid="status-rujukan-summary">
            {t("laporan.statusRujukan.summary", {
              open: model.totals.open,
              overdue: model.totals.overdue,
              closed: model.totals.closedThisMonth,
            })}
          </Text>
        </Group>
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() => void save()}
          loading={saving}
          disabled={saving}
        >
          {t("laporan.saveExcel")}
        </Button>
      </Group>
      {model.subtitle.map((line) => (
        <Text key={line} size="xs" fw={700}>
          {line}
        </Text>
      ))}
      {model.rows.length === 0 ? (
        <Alert color="yellow" icon={<IconInfoCircle size={16} />} data-testid="status-rujukan-empty">
          {t("laporan.statusRujukan.empty")}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={1000}>
          <Table withTableBorder withColumnBorders fz="xs" data-testid="status-rujukan-table">
            <Table.Thead>
              <Table.Tr bg="gray.1">
                <Table.Th ta="center">{t("laporan.statusRujukan.col.bil")}</Table.Th>
                <Table.Th>{t("laporan.statusRujukan.col.recordNo")}</Table.Th>
                <Table.Th>{t("laporan.statusRujukan.col.name")}</Table.Th>
                <Table.Th>{t("laporan.statusRujukan.col.agency")}</Table.Th>
                <Table.Th ta="center">{t("laporan.statusRujukan.col.referred")}</Table.Th>
                <Table.Th ta="center">{t("laporan.statusRujukan.col.lastCheck")}</Table.Th>
                <Table.Th ta="center">{t("laporan.statusRujukan.col.days")}</Table.Th>
                <Table.Th ta="center">{t("laporan.statusRujukan.col.status")}</Table.Th>
                <Table.Th>{t("laporan.statusRujukan.col.note")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {model.rows.map((r, i) => (
                <Table.Tr
                  key={r.referralId}
                  fw={r.overdue ? 700 : undefined}
                  data-overdue={r.overdue ? "true" : "false"}
                >
                  <Table.Td ta="center">{i + 1}</Table.Td>
                  <Table.Td>{r.recordNo}</Table.Td>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{r.organisation}</Table.Td>
                  <Table.Td ta="center">{r.referredDate}</Table.Td>
                  <Table.Td ta="center">{r.lastCheck}</Table.Td>
                  <Table.Td ta="center">{r.days}</Table.Td>
                  <Table.Td ta="center">
                    {r.overdue ? (
                      <Badge color="red" variant="filled" style={{ minWidth: "max-content" }}>
                        {t("laporan.statusRujukan.overdue")}
                      </Badge>
                    ) : r.status === "Ditutup" ? (
                      t("laporan.statusRujukan.closed")
                    ) : (
                      t("laporan.statusRujukan.open")
                    )}
                  </Table.Td>
                  <Table.Td>{r.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
