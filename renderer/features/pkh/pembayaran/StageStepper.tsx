// Why: the payments screen steps through stages (tahap I-IV of each year) the way the agenda steps through months.
import { ActionIcon, Group, Text } from "@mantine/core";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { parseStageId, stageId, stages } from "../../../../shared/domain/pkh/benefits";

/** The stage `by` stages away from `id` ("2026-IV" + 1 = "2027-I"). */
export function shiftStage(id: string, by: number): string {
  const s = parseStageId(id)!;
  const n = s.year * 4 + stages.indexOf(s.stage) + by;
  return stageId(Math.floor(n / 4), stages[n % 4]!);
}

export function StageStepper({ stage, onChange }: { stage: string; onChange: (stage: string) => void }) {
  const { t } = useTranslation();
  const s = parseStageId(stage)!;
  return (
    <Group gap={4}>
      <ActionIcon
        variant="default"
        aria-label={t("pkh.bayar.prevStage")}
        onClick={() => onChange(shiftStage(stage, -1))}
      >
        <IconChevronLeft size={16} />
      </ActionIcon>
      <Text fw={600} w={200} ta="center" data-testid="stage-shown">
        {t("pkh.bayar.stageLabel", { stage: s.stage, year: s.year })}
      </Text>
      <ActionIcon
        variant="default"
        aria-label={t("pkh.bayar.nextStage")}
        onClick={() => onChange(shiftStage(stage, 1))}
      >
        <IconChevronRight size={16} />
      </ActionIcon>
    </Group>
  );
}
