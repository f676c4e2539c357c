// Why: on the home screen, the PKMD's investigations waiting for a decision (the longest waiting first) and an officer's
// own investigations sent back for correction.
import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { can } from "../../../../shared/domain/roles";
import { db } from "../../../db/instance";
import { awaitingDecision, returnedToMe } from "../../../db/investigation-list";
import { formatDate } from "../../../app/format";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";

/** Waiting this many days or more is shown in red. */
const LONG_WAIT = 7;

export function AwaitingDecision() {
  const { actor } = useActor();
  return (
    <>
      {can(actor.role, "aid.decide") && <WaitingForMe />}
      {can(actor.role, "records.write") && <ReturnedToMe />}
    </>
  );
}

function ReturnedToMe() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(() => returnedToMe(db, actor), [actor]);
  if (live.loading || live.error || live.data.length === 0) return null;
  return (
    <Card withBorder data-testid="returned-to-me" style={{ borderColor: "var(--mantine-color-orange-4)" }}>
      <Title order={5} mb="xs">
        {t("siasatan.inbox.returnedTitle", { count: live.data.length })}
      </Title>
      <Stack gap={6}>
        {live.data.map(({ record, applicant, siteName }) => (
          <div key={record.id}>
            <Anchor component={Link} to={`/siasatan/${record.id}`} size="sm" fw={600}>
              {applicant}
            </Anchor>
            <Text size="xs" c="dimmed">
              {record.refNo} · {record.scheme} · {siteName}
            </Text>
            <Text size="sm">{record.returns?.at(-1)?.note}</Text>
          </div>
        ))}
      </Stack>
    </Card>
  );
}

function WaitingForMe() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const live = useLive(() => awaitingDecision(db, actor), [actor]);
  if (live.loading || live.error) return null;
  const rows = live.data;
  return (
    <Card withBorder data-testid="awaiting-decision-list">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t("siasatan.inbox.title", { count: rows.length })}</Title>
        <Anchor component={Link} to="/siasatan?status=dihantar" size="sm">
          {t("siasatan.inbox.all")}
        </Anchor>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("siasatan.inbox.none")}
        </Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {rows.slice(0, 10).map(({ record, applicant, siteName, sent, days }) => (
              <Table.Tr key={record.id} data-testid="awaiting-row">
                <Table.Td>
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/siasatan/${record.id}`} size="sm" fw={600}>
                      {applicant}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {record.refNo} · {record.scheme} · {siteName}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {t("siasatan.inbox.sent", { date: formatDate(sent) })}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Badge
                    color={days >= LONG_WAIT ? "red" : "gray"}
                    variant="light"
                    data-testid="awaiting-days"
                  >
                    {t("siasatan.inbox.days", { count: days })}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rows.length > 10 && (
        <Text size="xs" c="dimmed" mt="xs">
          {t("siasatan.inbox.moreCount", { count: rows.length - 10 })}
        </Text>
      )}
    </Card>
  );
}
