// Why: moving a screen one month back or forward, with a way back to this month.
import { ActionIcon, Button, Group, Text } from "@mantine/core";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { shiftMonth } from "./month";

/** "November 2026" in the user's language. */
export function useMonthLabel(): (month: string) => string {
  const { t } = useTranslation();
  return (month) => `${t(`program.months.m${+month.slice(5, 7)}`)} ${month.slice(0, 4)}`;
}

type Props = { month: string; thisMonth: string; onChange: (month: string) => void };

export function MonthNav({ month, thisMonth, onChange }: Props) {
  const { t } = useTranslation();
  const label = useMonthLabel();
  return (
    <Group gap="xs" wrap="nowrap">
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t("program.prevMonth")}
        onClick={() => onChange(shiftMonth(month, -1))}
      >
        <IconChevronLeft size={18} />
      </ActionIcon>
      <Text fw={700} w={150} ta="center" data-testid="month-label">
        {label(month)}
      </Text>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t("program.nextMonth")}
        onClick={() => onChange(shiftMonth(month, 1))}
      >
        <IconChevronRight size={18} />
      </ActionIcon>
      <Button variant="subtle" size="xs" disabled={month === thisMonth} onClick={() => onChange(thisMonth)}>
        {t("program.thisMonth")}
      </Button>
    </Group>
  );
}
