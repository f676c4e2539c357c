// Why: "Perlu disemak" (#/direktori/semak): the directory entries never confirmed or not confirmed within the office's
// review period, oldest first, each confirmed in one action or opened to be corrected first.
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { todayIn } from "../../../../shared/domain/dates";
import { reviewCutoff } from "../../../../shared/domain/directory";
import { can } from "../../../../shared/domain/roles";
import { formatDate, joinParts } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { notifyError, notifySaved } from "../../../app/messages";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import {
  confirmOrganisation,
  entriesToReview,
  reviewMonthsOf,
} from "../../../db/repositories/directory-review";

export function ReviewPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const months = reviewMonthsOf(useOffice());
  const today = todayIn();
  const live = useLive(() => entriesToReview(db, months, today), [months, today]);
  const [busy, setBusy] = useState<string | null>(null);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const rows = live.data;
  const canWrite = can(actor.role, "records.write");

  const confirm = async (id: string, name: string) => {
    setBusy(id);
    try {
      const saved = await confirmOrganisation(db, actor, id);
      notifySaved(t, t("direktoriSemak.confirmed", { name, date: formatDate(saved.confirmedAt) }));
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack>
      <div>
        <Anchor component={Link} to="/direktori" size="sm">
          ← {t("direktoriSemak.back")}
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={3} data-testid="review-title">
            {t("direktoriSemak.title")}
          </Title>
          <Badge variant="light" color={rows.length ? "orange" : "green"} data-testid="review-count">
            {t("direktoriSemak.count", { count: rows.length })}
          </Badge>
        </Group>
        <Text c="dimmed" size="sm" maw={820}>
          {t("direktoriSemak.intro", { date: formatDate(reviewCutoff(today, months)), months })}
        </Text>
      </div>
      {rows.length === 0 ? (
        <Alert color="green" icon={<IconCircleCheck />} maw={640} data-testid="review-empty">
          {t("direktoriSemak.empty", { months })}
        </Alert>
      ) : (
        <Table withTableBorder highlightOnHover verticalSpacing="xs" data-testid="review-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("direktoriSemak.name")}</Table.Th>
              <Table.Th>{t("direktoriSemak.kind")}</Table.Th>
              <Table.Th>{t("direktoriSemak.area")}</Table.Th>
              <Table.Th>{t("direktoriSemak.phone")}</Table.Th>
              <Table.Th>{t("direktoriSemak.confirmedAt")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((o) => (
              <Table.Tr key={o.id} data-testid="review-row">
                <Table.Td>
                  <Anchor component={Link} to={`/direktori/${o.id}`} fw={600} size="sm">
                    {o.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`code.orgKind.${o.kind}`)}</Table.Td>
                <Table.Td>{o.area}</Table.Td>
                <Table.Td>{joinParts(o.phone, o.mobile)}</Table.Td>
                <Table.Td>
                  {o.confirmedAt ? (
                    formatDate(o.confirmedAt)
                  ) : (
                    <Badge color="red" variant="light">
                      {t("direktoriSemak.never")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Anchor component={Link} to={`/direktori/${o.id}`} size="sm">
                      {t("direktoriSemak.edit")}
                    </Anchor>
                    {canWrite && (
                      <Button
                        size="xs"
                        leftSection={<IconCircleCheck size={14} />}
                        loading={busy === o.id}
                        disabled={busy !== null && busy !== o.id}
                        onClick={() => void confirm(o.id, o.name)}
                        aria-label={`${t("direktoriSemak.confirm")} ${o.name}`}
                      >
                        {t("direktoriSemak.confirm")}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
