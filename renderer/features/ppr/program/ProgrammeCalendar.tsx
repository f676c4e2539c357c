// Why: a month at a glance, Monday to Sunday: each programme sits on every day it runs and opens with a click.
import { Anchor, Box, SimpleGrid, Stack, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProgrammeRecord } from "../../../db/app-db";
import { calendarWeeks, runsOn } from "./month";
import { programmeStatusColor } from "./labels";

const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

type Props = { month: string; today: string; programmes: ProgrammeRecord[] };

export function ProgrammeCalendar({ month, today, programmes }: Props) {
  const { t } = useTranslation();
  const weeks = calendarWeeks(month);
  return (
    <Box data-testid="programme-calendar" style={{ border: "1px solid var(--mantine-color-gray-3)" }}>
      <SimpleGrid cols={7} spacing={0}>
        {weekdays.map((d, i) => (
          <Text
            key={d}
            size="sm"
            fw={700}
            ta="center"
            py={6}
            bg="gray.1"
            c={i >= 5 ? "red.8" : undefined}
            style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
          >
            {t(`program.weekdays.${d}`)}
          </Text>
        ))}
        {weeks.flat().map((day, i) => {
          const inMonth = day.startsWith(month);
          const onDay = programmes.filter((p) => runsOn(p, day));
          return (
            <Box
              key={day}
              data-testid={`calendar-day-${day}`}
              p={4}
              mih={96}
              bg={inMonth ? undefined : "gray.0"}
              style={{
                borderRight: i % 7 === 6 ? undefined : "1px solid var(--mantine-color-gray-2)",
                borderBottom: "1px solid var(--mantine-color-gray-2)",
                minWidth: 0,
              }}
            >
              <Text
                size="xs"
                fw={day === today ? 800 : 500}
                c={!inMonth ? "dimmed" : day === today ? "blue.7" : undefined}
                mb={2}
              >
                {+day.slice(8, 10)}
                {day === today && ` · ${t("program.today")}`}
              </Text>
              <Stack gap={2}>
                {onDay.map((p) => (
                  <Tooltip key={p.id} label={p.title} openDelay={400}>
                    <Anchor
                      component={Link}
                      to={`/program/${p.id}`}
                      size="xs"
                      data-testid="calendar-chip"
                      px={6}
                      py={1}
                      underline="never"
                      c={`${programmeStatusColor(p.status)}.9`}
                      bg={`${programmeStatusColor(p.status)}.1`}
                      style={{
                        display: "block",
                        borderRadius: 4,
                        overflow: "hidden",
                        textOverflow: "ellipsis",
                        whiteSpace: "nowrap",
                        opacity: inMonth ? 1 : 0.6,
                      }}
                    >
                      {p.title}
                    </Anchor>
                  </Tooltip>
                ))}
              </Stack>
            </Box>
          );
        })}
      </SimpleGrid>
    </Box>
  );
}
