// Why: a stage's households as reconciled so far, in No. KPM order or differences first, a page at a time; a row
// with a difference stands out, and each is recorded in place (in full with one click, otherwise in the form).
import {
  ActionIcon,
  Anchor,
  Group,
  Modal,
  Pagination,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Tooltip,
} from "@mantine/core";
import { IconCheck, IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ReconciliationSummary } from "../../../../shared/domain/pkh/payments";
import { rupiah } from "../../../../shared/reports/frame/text";
import { notifyError } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { db } from "../../../db/instance";
import type { PkhPaymentRecord } from "../../../db/pkh-tables";
import { recordPayment } from "../../../db/repositories/pkh/payments";
import { PaymentForm } from "./PaymentForm";
import { PaymentState } from "./PaymentState";

const PAGE = 50;
const nowrap = { whiteSpace: "nowrap" } as const;

type Props = { payments: PkhPaymentRecord[]; summary: ReconciliationSummary; canWrite: boolean };

export function PaymentsTable({ payments, summary, canWrite }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [show, setShow] = useState<"all" | "differences">("all");
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<string | null>(null);
  const byHousehold = new Map(payments.map((p) => [p.householdId, p]));
  const rows =
    show === "all"
      ? payments
      : summary.rows.slice(0, summary.differences).map((r) => byHousehold.get(r.householdId)!);
  const editingPayment = editing ? payments.find((p) => p.id === editing) : undefined;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice((Math.min(page, pages) - 1) * PAGE, Math.min(page, pages) * PAGE);
  const inFull = async (p: PkhPaymentRecord) => {
    try {
      await recordPayment(db, actor, p.id, p.rev, { received: true, amountReceived: p.expected, reason: "" });
    } catch (e) {
      notifyError(t, e);
    }
  };
  return (
    <Stack gap="xs">
      <Group>
        <Text size="sm">{t("pkh.bayar.show")}</Text>
        <SegmentedControl
          size="xs"
          value={show}
          onChange={(v) => {
            setShow(v as typeof show);
            setPage(1);
          }}
          data={[
            { value: "all", label: t("pkh.bayar.showAll") },
            { value: "differences", label: t("pkh.bayar.showDifferences") },
          ]}
        />
      </Group>
      <Table
        withTableBorder
        fz="sm"
        data-testid="payments-table"
        style={{ fontVariantNumeric: "tabular-nums" }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("pkh.bayar.kpmNo")}</Table.Th>
            <Table.Th>{t("pkh.bayar.name")}</Table.Th>
            <Table.Th>{t("pkh.bayar.components")}</Table.Th>
            <Table.Th ta="right">{t("pkh.bayar.expected")}</Table.Th>
            <Table.Th>{t("pkh.bayar.status")}</Table.Th>
            <Table.Th ta="right">{t("pkh.bayar.amountReceived")}</Table.Th>
            <Table.Th ta="right">{t("pkh.bayar.difference")}</Table.Th>
            <Table.Th>{t("pkh.bayar.reason")}</Table.Th>
            {canWrite && <Table.Th w={80} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((p) => {
            const diff = p.received === null ? 0 : p.amountReceived - p.expected;
            const flagged = p.received === false || diff !== 0;
            return (
              <Table.Tr
                key={p.id}
                data-testid="payment-row"
                data-flagged={flagged || undefined}
                bg={flagged ? "var(--mantine-color-red-0)" : undefined}
              >
                <Table.Td ff="monospace">
                  <Anchor component={Link} to={`/kpm/${p.householdId}`}>
                    {p.kpmNo}
                  </Anchor>
                </Table.Td>
                <Table.Td>{p.headName}</Table.Td>
                <Table.Td>
                  {p.lines
                    .map(
                      (l) => `${t(`pkh.code.component.${l.component}`)}${l.count > 1 ? ` ×${l.count}` : ""}`,
                    )
                    .join(", ")}
                </Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {rupiah(p.expected)}
                </Table.Td>
                <Table.Td style={nowrap}>
                  <PaymentState received={p.received} />
                </Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {p.received === null ? "—" : rupiah(p.amountReceived)}
                </Table.Td>
                <Table.Td ta="right" style={nowrap} c={diff ? "red" : undefined} fw={diff ? 600 : undefined}>
                  {p.received === null ? "—" : rupiah(diff)}
                </Table.Td>
                <Table.Td>{p.reason}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {p.received === null && (
                        <Tooltip label={t("pkh.bayar.receivedFull")}>
                          <ActionIcon
                            variant="subtle"
                            color="teal"
                            aria-label={t("pkh.bayar.receivedFullOne", { name: p.headName })}
                            onClick={() => void inFull(p)}
                          >
                            <IconCheck size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                      <Tooltip label={t("pkh.bayar.record")}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t("pkh.bayar.recordOne", { name: p.headName })}
                          onClick={() => setEditing(p.id)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && <Text c="dimmed">{t("pkh.bayar.noDifferences")}</Text>}
      <Modal
        opened={editingPayment !== undefined}
        onClose={() => setEditing(null)}
        size="lg"
        title={
          editingPayment &&
          t("pkh.bayar.formTitle", { name: editingPayment.headName, kpmNo: editingPayment.kpmNo })
        }
      >
        {editingPayment && (
          <PaymentForm key={editingPayment.id} payment={editingPayment} onDone={() => setEditing(null)} />
        )}
      </Modal>
      {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} />}
    </Stack>
  );
}
