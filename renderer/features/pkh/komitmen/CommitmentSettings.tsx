// Why: in Pengaturan the administrator sees the commitment rules in force (school attendance minimum, the consequence
// ladder) and sets new ones from a date; months verified before it keep the rules that applied then.
import { NumberInput, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { todayIn } from "../../../../shared/domain/dates";
import {
  DEFAULT_COMMITMENT_RULES,
  commitmentRulesOn,
  consequences,
  type CommitmentRules,
} from "../../../../shared/domain/pkh/commitments";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { formatDate } from "../../../app/format";
import { useOffice } from "../../../app/office-context";
import { useSave } from "../pengaturan/use-save";
import { SaveFromDate } from "../pengaturan/SaveFromDate";

export function CommitmentSettings() {
  const { t } = useTranslation();
  const office = useOffice();
  const { busy, error, save } = useSave();
  const list = pkhSettingsOf(office).commitments;
  const current = commitmentRulesOn(list, todayIn()) ?? DEFAULT_COMMITMENT_RULES[0]!;
  const months = (c: (typeof consequences)[number]) =>
    current.ladder.find((s) => s.consequence === c)?.afterMonths ?? "";
  const [from, setFrom] = useState("");
  const [percent, setPercent] = useState<number | string>(current.schoolMinPercent);
  const [ladder, setLadder] = useState<Record<string, number | string>>(
    Object.fromEntries(consequences.map((c) => [c, months(c)])),
  );
  const submit = () => {
    const entry: CommitmentRules = {
      ...current,
      effectiveFrom: from,
      schoolMinPercent: Number(percent),
      ladder: consequences
        .filter((c) => ladder[c] !== "")
        .map((c) => ({ afterMonths: Number(ladder[c]), consequence: c })),
    };
    void save({
      commitments: [...list.filter((r) => r.effectiveFrom !== from), entry].sort((a, b) =>
        a.effectiveFrom.localeCompare(b.effectiveFrom),
      ),
    });
  };
  return (
    <Stack gap="xs" data-testid="pkh-commitment-settings">
      <Text fw={600}>{t("pkh.komitmen.settingsTitle", { date: formatDate(current.effectiveFrom) })}</Text>
      <Text size="sm">
        {t("pkh.komitmen.settingsInForce", {
          percent: current.schoolMinPercent,
          ladder: current.ladder
            .map((s) =>
              t("pkh.komitmen.ladderStep", {
                months: s.afterMonths,
                what: t(`pkh.code.consequence.${s.consequence}`),
              }),
            )
            .join(", "),
        })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <NumberInput
          label={t("pkh.komitmen.schoolMinPercent")}
          allowDecimal={false}
          min={1}
          max={100}
          suffix="%"
          value={percent}
          onChange={setPercent}
        />
        {consequences.map((c) => (
          <NumberInput
            key={c}
            label={t("pkh.komitmen.ladderAfter", { what: t(`pkh.code.consequence.${c}`) })}
            allowDecimal={false}
            min={1}
            max={24}
            value={ladder[c]}
            onChange={(v) => setLadder({ ...ladder, [c]: v })}
          />
        ))}
      </SimpleGrid>
      <SaveFromDate
        from={from}
        setFrom={setFrom}
        busy={busy}
        error={error}
        label={t("pkh.komitmen.saveRules")}
        onSave={submit}
      />
    </Stack>
  );
}
