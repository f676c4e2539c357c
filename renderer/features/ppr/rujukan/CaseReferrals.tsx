// Why: on the case page, where a case was referred, how each referral's weekly check stands, and the forms to refer, check and close.
import { Badge, Button, Card, Collapse, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { IconChevronDown, IconChevronRight, IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { todayIn } from "../../../../shared/domain/dates";
import { checkState } from "../../../../shared/domain/referral";
import { can } from "../../../../shared/domain/roles";
import type { CaseRecord, OrganisationRecord, ReferralRecord, StatusCheckRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { referralsOfCase } from "../../../db/repositories/referrals";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { CheckForm } from "./CheckForm";
import { CheckStateBadge } from "./CheckStateBadge";
import { CloseReferralForm } from "./CloseReferralForm";
import { ReferForm } from "./ReferForm";

type Item = {
  referral: ReferralRecord;
  organisation: OrganisationRecord | undefined;
  checks: StatusCheckRecord[];
};

export function CaseReferrals({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [referring, setReferring] = useState(false);
  const live = useLive(() => referralsOfCase(db, actor, caseRecord.id), [actor, caseRecord.id]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const items = live.data;
  const canWrite = can(actor.role, "records.write");
  const today = todayIn();

  return (
    <Card withBorder data-testid="case-referrals">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t("rujukan.title")}</Title>
          {canWrite && !referring && (
            <Button leftSection={<IconSend size={16} />} onClick={() => setReferring(true)}>
              {t("rujukan.refer")}
            </Button>
          )}
        </Group>
        {referring && <ReferForm caseRecord={caseRecord} onDone={() => setReferring(false)} />}
        {items.length === 0 && !referring && (
          <Text size="sm" c="dimmed" data-testid="referrals-empty">
            {t("rujukan.empty")}
          </Text>
        )}
        {items.map((item) => (
          <ReferralItem key={item.referral.id} item={item} canWrite={canWrite} today={today} />
        ))}
      </Stack>
    </Card>
  );
}

function ReferralItem({ item, canWrite, today }: { item: Item; canWrite: boolean; today: string }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<"none" | "check" | "close">("none");
  const [showChecks, setShowChecks] = useState(false);
  const { referral: r, organisation: org } = item;
  // Newest first; two checks on the same day keep the order they were recorded in.
  const checks = [...item.checks].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
  const open = r.status === "terbuka";
  const { days, state } = checkState(r.date, r.lastCheckDate, today);

  return (
    <Paper
      withBorder
      p="sm"
      data-testid="referral"
      data-status={r.status}
      data-state={open ? state : "closed"}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={600} data-testid="referral-organisation">
              {org?.name ?? "-"}
            </Text>
            {org && (
              <Text size="xs" c="dimmed">
                {t(`code.orgKind.${org.kind}`)}
                {org.phone ? ` · ${org.phone}` : ""}
              </Text>
            )}
          </div>
          <Badge color={open ? "blue" : "gray"} variant="light" data-testid="referral-status">
            {t(`rujukan.status.${r.status}`)}
          </Badge>
        </Group>
        <Text size="sm">{r.reason}</Text>
        <Group gap="lg" align="center">
          <Text size="sm" c="dimmed">
            {t("rujukan.referredOn", { date: formatDate(r.date) })}
          </Text>
          {open && (
            <>
              <Text size="sm" c="dimmed">
                {r.lastCheckDate
                  ? t("rujukan.lastCheckOn", { date: formatDate(r.lastCheckDate) })
                  : t("rujukan.noCheckYet")}
              </Text>
              <Text size="sm" fw={state === "overdue" ? 700 : undefined} data-testid="referral-days">
                {r.lastCheckDate
                  ? t("rujukan.daysSinceCheck", { count: days })
                  : t("rujukan.daysSinceReferral", { count: days })}
              </Text>
              {state !== "ok" && <CheckStateBadge state={state} />}
            </>
          )}
        </Group>
        {!open && (
          <Text size="sm" data-testid="referral-outcome">
            <Text span fw={600} size="sm">
              {t("rujukan.closedOn", { date: formatDate(r.closedDate) })}
            </Text>{" "}
            {r.outcome}
          </Text>
        )}

        {checks.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t("rujukan.noChecks")}
          </Text>
        ) : (
          <div>
            <Button
              variant="subtle"
              size="compact-sm"
              px={4}
              leftSection={showChecks ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
              aria-expanded={showChecks}
              onClick={() => setShowChecks((s) => !s)}
            >
              {t("rujukan.checkHistory", { count: checks.length })}
            </Button>
            <Collapse expanded={showChecks}>
              <Table fz="sm" mt={4} withTableBorder data-testid="check-history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={130}>{t("rujukan.checkDate")}</Table.Th>
                    <Table.Th w={180}>{t("rujukan.contact")}</Table.Th>
                    <Table.Th>{t("rujukan.response")}</Table.Th>
                    <Table.Th>{t("rujukan.nextStep")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {checks.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{formatDate(c.date)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c={c.contactMade ? "green.8" : "orange.8"} fw={500}>
                          {c.contactMade ? t("rujukan.contactYes") : t("rujukan.contactNo")}
                        </Text>
                      </Table.Td>
                      <Table.Td>{c.response}</Table.Td>
                      <Table.Td>{c.nextStep || "-"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Collapse>
          </div>
        )}

        {open && canWrite && mode === "none" && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setMode("check")}>
              {t("rujukan.check")}
            </Button>
            <Button size="xs" variant="default" onClick={() => setMode("close")}>
              {t("rujukan.close")}
            </Button>
          </Group>
        )}
        {open && canWrite && mode === "check" && <CheckForm referral={r} onDone={() => setMode("none")} />}
        {open && canWrite && mode === "close" && (
          <CloseReferralForm referral={r} onDone={() => setMode("none")} />
        )}
      </Stack>
    </Paper>
  );
}
