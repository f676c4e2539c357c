// Why: PKH screens that show a month step through months the same way: previous, the month's name, next.
import { ActionIcon, Group, Text } from "@mantine/core";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** The month `by` months away from `month` (yyyy-mm). */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
}

export function MonthStepper({
  month,
  label,
  onChange,
}: {
  month: string;
  label: string;
  onChange: (month: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <ActionIcon
        variant="default"
        aria-label={t("pkh.agenda.prev")}
        onClick={() => onChange(shiftMonth(month, -1))}
      >
        <IconChevronLeft size={16} />
      </ActionIcon>
      <Text fw={600} w={160} ta="center" data-testid="month-shown">
        {label}
      </Text>
      <ActionIcon
        variant="default"
        aria-label={t("pkh.agenda.next")}
        onClick={() => onChange(shiftMonth(month, 1))}
      >
        <IconChevronRight size={16} />
      </ActionIcon>
    </Group>
  );
}
