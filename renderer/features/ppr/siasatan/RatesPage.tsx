// Why: the poverty line (PGK) and scheme rates with their effective dates (#/tetapan/kadar); old rates stay for past investigations.
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../../app/DateField";
import { rateKinds, rateOn, rateSchema, type RateInput, type RateKind } from "../../../../shared/domain/aid";
import { todayIn } from "../../../../shared/domain/dates";
import { can } from "../../../../shared/domain/roles";
import type { RateRecord } from "../../../db/app-db";
import { ValidationError } from "../../../db/errors";
import { db } from "../../../db/instance";
import { ratesRepo } from "../../../db/repositories/investigations";
import { handleSaveError, useFields } from "../../../app/fields";
import { formatDate } from "../../../app/format";
import { LoadError } from "../../../app/guards";
import { notifyError, notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { softDeleteWithUndo } from "../../../app/soft-delete";
import { useDraftForm } from "../../../app/use-draft-form";
import { useLive } from "../../../app/use-live";
import { formatMoney } from "./format";
import { kindLabel } from "./labels";

type RateStanding = "current" | "future" | "past";

function standing(rates: readonly RateRecord[], r: RateRecord, today: string): RateStanding {
  if (r.effectiveFrom > today) return "future";
  return rateOn(rates, r.kind, today)?.id === r.id ? "current" : "past";
}

const standingColor: Record<RateStanding, string> = { current: "teal", future: "blue", past: "gray" };

export function RatesPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  // A new form (not a reset one) after each rate added, so no stale draft is kept.
  const [formKey, setFormKey] = useState(0);
  const live = useLive(() => ratesRepo(db).list(actor), [actor]);
  if (live.loading) return null;
  if (live.error) return <LoadError error={live.error} />;
  const manage = can(actor.role, "rates.manage");
  const today = todayIn();
  const order = (k: RateKind) => rateKinds.indexOf(k);
  const rows = [...live.data].sort(
    (a, b) => order(a.kind) - order(b.kind) || b.effectiveFrom.localeCompare(a.effectiveFrom),
  );

  const remove = (r: RateRecord) =>
    softDeleteWithUndo({
      t,
      name: `${kindLabel(t, r.kind)} ${formatDate(r.effectiveFrom)}`,
      remove: () => ratesRepo(db).softDelete(actor, r.id, r.rev),
      restore: () => ratesRepo(db).restore(actor, r.id),
    });

  return (
    <Stack maw={900}>
      <Title order={3}>{t("siasatan.rates.title")}</Title>
      <Text size="sm" c="dimmed">
        {t("siasatan.rates.intro")}
      </Text>
      {manage ? (
        <NewRateForm key={formKey} onAdded={() => setFormKey((k) => k + 1)} />
      ) : (
        <Text size="sm" c="dimmed" data-testid="rates-read-only">
          {t("siasatan.rates.readOnly")}
        </Text>
      )}
      {rows.length === 0 ? (
        <Text data-testid="rates-empty">{t("siasatan.rates.empty")}</Text>
      ) : (
        <Table withTableBorder striped data-testid="rates-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("siasatan.rates.kind")}</Table.Th>
              <Table.Th ta="right" w={170}>
                {t("siasatan.rates.amount")}
              </Table.Th>
              <Table.Th w={170}>{t("siasatan.rates.effectiveFrom")}</Table.Th>
              <Table.Th w={150}>{t("siasatan.statusTitle")}</Table.Th>
              {manage && <Table.Th w={50} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => {
              const s = standing(live.data, r, today);
              const firstOfKind = i === 0 || rows[i - 1]!.kind !== r.kind;
              return (
                <Table.Tr key={r.id} data-kind={r.kind}>
                  <Table.Td fw={firstOfKind ? 600 : undefined} c={firstOfKind ? undefined : "dimmed"}>
                    {kindLabel(t, r.kind)}
                  </Table.Td>
                  <Table.Td ta="right">{formatMoney(r.amount)}</Table.Td>
                  <Table.Td>{formatDate(r.effectiveFrom)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={standingColor[s]}>
                      {t(`siasatan.rates.standing.${s}`)}
                    </Badge>
                  </Table.Td>
                  {manage && (
                    <Table.Td>
                      <Tooltip label={t("common.delete")}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t("common.delete")}: ${kindLabel(t, r.kind)} ${formatDate(r.effectiveFrom)}`}
                          onClick={() => void remove(r)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

type RateValues = Omit<RateInput, "amount"> & { amount: number | "" };

function NewRateForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const empty: RateValues = { kind: "PGK", amount: "", effectiveFrom: "" };
  const draft = useDraftForm<RateValues>("rate:new", empty, rateSchema, null);
  const { form } = draft;
  const field = useFields(form);
  const [busy, setBusy] = useState(false);
  if (!draft.ready) return null;

  const submit = form.onSubmit(
    async (values) => {
      setBusy(true);
      try {
        const saved = await ratesRepo(db).create(actor, values);
        await draft.saved();
        notifySaved(
          t,
          t("siasatan.rates.added", {
            name: `${kindLabel(t, saved.kind)} ${formatMoney(saved.amount)}`,
            date: formatDate(saved.effectiveFrom),
          }),
        );
        onAdded();
      } catch (e) {
        handleSaveError(t, form, e, () => void draft.discard());
        setBusy(false);
      }
    },
    () => notifyError(t, new ValidationError({})),
  );

  return (
    <Paper withBorder p="md" data-testid="rate-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={5}>{t("siasatan.rates.add")}</Title>
          <Group align="flex-start" wrap="wrap">
            <Select
              label={t("siasatan.rates.kind")}
              withAsterisk
              allowDeselect={false}
              w={320}
              data={rateKinds.map((k) => ({ value: k, label: kindLabel(t, k) }))}
              {...field("kind")}
            />
            <NumberInput
              label={t("siasatan.rates.amount")}
              withAsterisk
              w={160}
              decimalScale={2}
              thousandSeparator=","
              hideControls
              {...field("amount")}
            />
            <DateField
              label={t("siasatan.rates.effectiveFrom")}
              withAsterisk
              w={180}
              {...field("effectiveFrom")}
            />
            <Button type="submit" loading={busy} leftSection={<IconPlus size={16} />} mt={25}>
              {t("siasatan.rates.addButton")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
