// Why: on a case page, the aid investigations of that case and the one button that opens a new one with the applicant filled in.
import { Anchor, Button, Group, Modal, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../../app/DateField";
import { Link, useNavigate } from "react-router";
import { canSeeSite } from "../../../../shared/domain/access";
import type { InvestigationInput } from "../../../../shared/domain/aid";
import { aidSchemes, type AidScheme, type TargetGroup } from "../../../../shared/domain/codes";
import { isValidIsoDate, todayIn } from "../../../../shared/domain/dates";
import { can } from "../../../../shared/domain/roles";
import type { CaseRecord } from "../../../db/app-db";
import { AppError, ValidationError } from "../../../db/errors";
import { db } from "../../../db/instance";
import { openInvestigation } from "../../../db/repositories/investigations";
import { formatDate } from "../../../app/format";
import { notifyError, tKey } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { formatMoney } from "./format";
import { registeredHousehold } from "./household";
import { DecisionBadge, StatusBadge } from "./labels";

/** The scheme an officer most likely investigates for a case's target group. */
function likelyScheme(group: TargetGroup): AidScheme {
  if (group === "warga-emas") return "BWE";
  if (group === "kanak-kanak") return "BKK";
  if (group === "oku") return "BTB";
  return "BA";
}

export function CaseInvestigations({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [opening, setOpening] = useState(false);
  const live = useLive(
    async () =>
      (
        await db.investigations
          .where("caseId")
          .equals(caseRecord.id)
          .filter((r) => !r.deletedAt && canSeeSite(actor, r.siteId))
          .toArray()
      ).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),
    [actor, caseRecord.id],
  );
  const canWrite = can(actor.role, "records.write");

  return (
    <Paper withBorder p="md" data-testid="case-investigations">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t("siasatan.panelTitle")}</Title>
          {canWrite && (
            <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setOpening(true)}>
              {t("siasatan.open")}
            </Button>
          )}
        </Group>
        {live.loading ? null : live.error ? (
          <Text c="red">{t("e.unexpected")}</Text>
        ) : live.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("siasatan.none")}
          </Text>
        ) : (
          <Table withTableBorder striped highlightOnHover data-testid="case-investigations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("siasatan.scheme")}</Table.Th>
                <Table.Th>{t("siasatan.date")}</Table.Th>
                <Table.Th>{t("siasatan.statusTitle")}</Table.Th>
                <Table.Th>{t("siasatan.decision")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {live.data.map((inv) => (
                <Table.Tr key={inv.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/siasatan/${inv.id}`}>
                      {t(`siasatan.schemeName.${inv.scheme}`)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(inv.date)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={inv.status} />
                  </Table.Td>
                  <Table.Td>
                    {inv.decision ? (
                      <Group gap="xs">
                        <DecisionBadge decision={inv.decision} />
                        {inv.decision === "lulus" && (
                          <Text size="sm">
                            {t("siasatan.perMonth", { amount: formatMoney(inv.decisionAmount) })}
                          </Text>
                        )}
                      </Group>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {opening && <OpenInvestigationModal caseRecord={caseRecord} onClose={() => setOpening(false)} />}
    </Paper>
  );
}

type OpenValues = { scheme: AidScheme; date: string };

function OpenInvestigationModal({ caseRecord, onClose }: { caseRecord: CaseRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const person = useLive(() => db.persons.get(caseRecord.personId), [caseRecord.personId]);
  const form = useForm<OpenValues>({
    mode: "controlled",
    initialValues: { scheme: likelyScheme(caseRecord.targetGroup), date: todayIn() },
    validate: {
      date: (v) => (isValidIsoDate(v) ? null : "v.date"),
    },
  });
  const applicant = !person.loading && !person.error ? person.data : undefined;

  const submit = form.onSubmit(async (values) => {
    if (!applicant || applicant.deletedAt) {
      notifyError(t, new AppError("siasatan.noApplicant"));
      return;
    }
    setBusy(true);
    try {
      const input: InvestigationInput = {
        caseId: caseRecord.id,
        scheme: values.scheme,
        date: values.date,
        members: await registeredHousehold(db, applicant, values.date),
        expenses: [],
        visitDate: "",
        findings: "",
        recommendation: null,
        recommendedScheme: null,
        recommendedAmount: null,
      };
      const created = await openInvestigation(db, actor, caseRecord, input);
      onClose();
      navigate(`/siasatan/${created.id}`);
    } catch (e) {
      if (e instanceof ValidationError && (e.fields.date || e.fields.scheme)) {
        form.setErrors({ date: e.fields.date, scheme: e.fields.scheme });
      } else {
        notifyError(t, e);
      }
    } finally {
      setBusy(false);
    }
  });

  const err = (path: keyof OpenValues) => tKey(t, form.errors[path] as string | undefined);

  return (
    <Modal opened onClose={onClose} title={t("siasatan.openTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {applicant && (
            <Text size="sm" c="dimmed">
              {t("siasatan.openIntro", { name: applicant.name })}
            </Text>
          )}
          <Select
            label={t("siasatan.scheme")}
            withAsterisk
            allowDeselect={false}
            data={aidSchemes.map((s) => ({ value: s, label: t(`siasatan.schemeName.${s}`) }))}
            {...form.getInputProps("scheme")}
            error={err("scheme")}
          />
          <DateField
            label={t("siasatan.date")}
            withAsterisk
            maxDate={todayIn()}
            {...form.getInputProps("date")}
            error={err("date")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={busy} disabled={person.loading}>
              {t("siasatan.open")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
