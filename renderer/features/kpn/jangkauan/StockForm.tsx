// Why: "Muat stok" before leaving and "Kira stok pulang" at the end: four whole numbers written to the tour at once,
// each bad one named on its own box, nothing saved until all four are right.
import { Button, Group, NumberInput, SimpleGrid, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { basketItems } from "../../../../shared/domain/kpn/codes";
import type { Quantities } from "../../../../shared/domain/kpn/stock";
import { useFields } from "../../../app/fields";
import { notifySaved } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { useDraftSubmit } from "../../../app/use-draft-submit";
import type { TourRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { setTourStock } from "../../../db/repositories/kpn/baskets";

type Props = {
  tour: TourRecord;
  field: "stockLoaded" | "stockReturned";
  initial: Quantities;
  onDone: () => void;
};

export function StockForm({ tour, field: which, initial, onDone }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const draft = useDraftForm<Record<string, number | string>>(
    `kpn:stok:${tour.id}:${which}`,
    initial,
    () => ({}),
    tour.rev,
  );
  const field = useFields(draft.form);
  const { busy, submit } = useDraftSubmit(draft, async (v, baseRev) => {
    const saved = await setTourStock(db, actor, tour.id, baseRev ?? tour.rev, which, v);
    return {
      rev: saved.rev,
      next: () => {
        notifySaved(t, t("kpnLawatan.stock.saved"));
        onDone();
      },
    };
  });
  if (!draft.ready) return null;
  const key = which === "stockLoaded" ? "load" : "count";
  return (
    <form onSubmit={submit} noValidate data-testid={`stock-form-${which}`}>
      <Stack gap="xs" mt="md">
        <Title order={5}>{t(`kpnLawatan.stock.${key}Title`)}</Title>
        <SimpleGrid cols={4}>
          {basketItems.map((i) => (
            <NumberInput
              key={i}
              size="md"
              label={t(`kpnLawatan.items.${i}`)}
              allowDecimal={false}
              {...field(i)}
            />
          ))}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={busy} data-testid="save-stock">
            {t(`kpnLawatan.stock.${which === "stockLoaded" ? "saveLoad" : "saveCount"}`)}
          </Button>
          <Button variant="default" onClick={() => void draft.discard().then(onDone)}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
