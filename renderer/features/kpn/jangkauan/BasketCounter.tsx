// Why: food baskets at the checkpoint: the tour's stock (loaded, given, left, counted back and the difference), the
// next basket with the stock left and a repeat MyKad shown BEFORE it is given, each override only with its reason.
import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { basketItems } from "../../../../shared/domain/kpn/codes";
import type { RepeatWarning } from "../../../../shared/domain/kpn/baskets";
import { checkBasket, noQuantities, type Quantities } from "../../../../shared/domain/kpn/stock";
import { DraftRestored } from "../../../app/DraftRestored";
import { useFields } from "../../../app/fields";
import { formatDate } from "../../../app/format";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import { useLive } from "../../../app/use-live";
import type { CheckpointRecord, TourRecord } from "../../../db/app-db";
import { ValidationError } from "../../../db/errors";
import { db } from "../../../db/instance";
import {
  basketsAt,
  giveBasket,
  OverStockError,
  RepeatBasketError,
  repeatWarning,
  stockState,
} from "../../../db/repositories/kpn/baskets";
import { StockForm } from "./StockForm";
import { CounterForm } from "./CounterForm";

type Values = {
  recipientName: string;
  mykad: string;
  items: Record<string, number | string>;
  overStockReason: string;
  repeatReason: string;
};
const empty: Values = {
  recipientName: "",
  mykad: "",
  items: noQuantities(),
  overStockReason: "",
  repeatReason: "",
};

/** Typed amounts as numbers (an empty box is 0; anything else is left for the check to name). */
const asQuantities = (items: Values["items"]) =>
  Object.fromEntries(basketItems.map((i) => [i, items[i] === "" ? 0 : items[i]])) as Quantities;

export function BasketCounter({ checkpoint, tour }: { checkpoint: CheckpointRecord; tour: TourRecord }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const stock = useLive(() => stockState(db, tour.id), [tour.id, tour.rev]);
  const given = useLive(() => basketsAt(db, checkpoint.id), [checkpoint.id]);
  const [editing, setEditing] = useState<"stockLoaded" | "stockReturned" | null>(null);
  const [repeat, setRepeat] = useState<RepeatWarning | null>(null);
  const draft = useDraftForm<Values>(`kpn:lawatan:${checkpoint.id}:bakul`, empty, () => ({}));
  const { form } = draft;
  const field = useFields(form);
  const values = form.getValues();

  // The repeat warning comes as soon as the MyKad is typed, before the basket is given.
  useEffect(() => {
    let alive = true;
    void repeatWarning(db, values.mykad, tour.id).then((w) => alive && setRepeat(w));
    return () => {
      alive = false;
    };
  }, [values.mykad, tour.id, given]);

  const { busy, submit } = useDraftSubmit(draft, async (v) => {
    try {
      const b = await giveBasket(db, actor, {
        tourId: tour.id,
        checkpointId: checkpoint.id,
        recipientName: v.recipientName,
        mykad: v.mykad,
        items: asQuantities(v.items),
        overStockReason: v.overStockReason,
        repeatReason: v.repeatReason,
      });
      return {
        next: () => {
          notifySaved(t, t("kpnLawatan.basket.given", { name: b.recipientName }));
          form.setValues(empty);
          form.resetDirty(empty);
        },
      };
    } catch (e) {
      // Refusals that a reason would lift are named on the reason's field.
      if (e instanceof OverStockError) throw new ValidationError({ overStockReason: e.key });
      if (e instanceof RepeatBasketError) throw new ValidationError({ repeatReason: e.key });
      throw e;
    }
  });

  const s = stock.loading || stock.error ? null : stock.data;
  const typed = asQuantities(values.items);
  const over = s ? checkBasket(typed, s.left, false) : null;
  const short = over && !over.ok && over.key === "v.kpn.overStock" ? over.short : null;
  const item = (i: string) => t(`kpnLawatan.items.${i}`);
  if (!draft.ready) return null;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Stack gap="md">
        <Paper withBorder p="md" data-testid="stock">
          <Group justify="space-between" mb="xs">
            <Title order={4}>{t("kpnLawatan.stock.title")}</Title>
            <Group gap="xs">
              <Button variant="default" onClick={() => setEditing("stockLoaded")} data-testid="load-stock">
                {t("kpnLawatan.stock.load")}
              </Button>
              <Button variant="default" onClick={() => setEditing("stockReturned")} data-testid="count-back">
                {t("kpnLawatan.stock.countBack")}
              </Button>
            </Group>
          </Group>
          {s && (
            <Table withTableBorder withColumnBorders fz="md" data-testid="stock-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  {basketItems.map((i) => (
                    <Table.Th key={i}>{item(i)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(
                  [
                    ["loaded", s.loaded],
                    ["given", s.given],
                    ["left", s.left],
                    ...(s.reconciled && s.returned
                      ? [
                          ["returned", s.returned],
                          ["difference", s.reconciled.difference],
                        ]
                      : []),
                  ] as [string, Quantities][]
                ).map(([row, q]) => (
                  <Table.Tr key={row} data-testid={`stock-${row}`} fw={row === "left" ? 700 : undefined}>
                    <Table.Td>{t(`kpnLawatan.stock.${row}`)}</Table.Td>
                    {basketItems.map((i) => (
                      <Table.Td key={i} c={q[i] < 0 ? "red" : undefined}>
                        {q[i]}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {s && (
            <Text size="sm" c="dimmed" mt="xs">
              {t("kpnLawatan.stock.baskets", { count: s.baskets })}
            </Text>
          )}
          {s?.reconciled && (
            <Alert mt="xs" color={s.reconciled.balanced ? "green" : "orange"} data-testid="reconcile">
              {t(s.reconciled.balanced ? "kpnLawatan.stock.balanced" : "kpnLawatan.stock.unbalanced")}
            </Alert>
          )}
          {editing && s && (
            <StockForm
              key={editing}
              tour={tour}
              field={editing}
              initial={editing === "stockLoaded" ? s.loaded : (s.returned ?? s.left)}
              onDone={() => setEditing(null)}
            />
          )}
        </Paper>
        <Paper withBorder p="md">
          <Title order={5} mb="xs">
            {t("kpnLawatan.basket.list")}
          </Title>
          {!given.loading && !given.error && given.data.length === 0 && (
            <Text c="dimmed">{t("kpnLawatan.basket.none")}</Text>
          )}
          {!given.loading && !given.error && given.data.length > 0 && (
            <Table data-testid="basket-list">
              <Table.Tbody>
                {given.data.map((b) => (
                  <Table.Tr key={b.id} data-testid="basket-row">
                    <Table.Td>{b.recipientName}</Table.Td>
                    <Table.Td>{b.mykad}</Table.Td>
                    <Table.Td>{basketItems.map((i) => `${item(i)} ${b.items[i]}`).join(", ")}</Table.Td>
                    <Table.Td>
                      {b.overStockReason && <Badge color="orange">{t("kpnLawatan.basket.override")}</Badge>}
                      {b.repeatReason && <Badge color="yellow">{t("kpnLawatan.basket.repeat")}</Badge>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      </Stack>
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t("kpnLawatan.basket.title")}
        </Title>
        <CounterForm submit={submit} busy={busy} label={t("kpnLawatan.basket.give")} testId="give-basket">
          {draft.restored && <DraftRestored onDiscard={() => void draft.discard()} />}
          <TextInput
            size="md"
            label={t("kpnLawatan.basket.recipient")}
            withAsterisk
            autoFocus
            {...field("recipientName")}
          />
          <TextInput
            size="md"
            label={t("kpnLawatan.basket.mykad")}
            placeholder="850101-14-5678"
            withAsterisk
            {...field("mykad")}
          />
          {repeat && (
            <Alert color="orange" data-testid="repeat-warning">
              {t(
                repeat.kind === "sameTour"
                  ? "kpnLawatan.basket.repeatSameTour"
                  : "kpnLawatan.basket.repeatSameMonth",
                {
                  date: formatDate(repeat.date),
                },
              )}
            </Alert>
          )}
          {repeat && (
            <TextInput label={t("kpnLawatan.basket.repeatReason")} withAsterisk {...field("repeatReason")} />
          )}
          <SimpleGrid cols={4}>
            {basketItems.map((i) => (
              <NumberInput
                key={i}
                size="md"
                label={item(i)}
                min={0}
                allowDecimal={false}
                description={s ? `${t("kpnLawatan.stock.left")}: ${s.left[i]}` : undefined}
                {...field(`items.${i}`)}
              />
            ))}
          </SimpleGrid>
          {field("items").error && (
            <Text c="red" size="sm" data-testid="basket-error">
              {field("items").error}
            </Text>
          )}
          {short && (
            <Alert color="orange" data-testid="over-stock">
              {t("kpnLawatan.basket.overStock", {
                items: Object.entries(short)
                  .map(([i, n]) => `${item(i)} +${n}`)
                  .join(", "),
              })}
            </Alert>
          )}
          {short && (
            <TextInput
              label={t("kpnLawatan.basket.overStockReason")}
              withAsterisk
              {...field("overStockReason")}
            />
          )}
        </CounterForm>
      </Paper>
    </SimpleGrid>
  );
}
