// Why: who took part, counted three ways that must agree, optionally filled from an attendance list of registered residents.
import { Button, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconListCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { targetGroups } from "../../../../shared/domain/codes";
import type { ProgrammeInput } from "../../../../shared/domain/community";
import type { PersonRecord } from "../../../db/app-db";
import { useFields } from "../../../app/fields";
import { tKey } from "../../../app/messages";
import { numberOr0 } from "../siasatan/format";
import { countsFromAttendance } from "./attendance";

type Props = { form: UseFormReturnType<ProgrammeInput>; persons: PersonRecord[]; readOnly?: boolean };

const count = { allowDecimal: false, allowNegative: false, hideControls: true, min: 0 } as const;
/** Inputs in a row line up at the bottom even when one label wraps onto two lines. */
const bottom = {
  root: { display: "flex", flexDirection: "column", justifyContent: "flex-end", height: "100%" },
} as const;

/** A sum line under a breakdown; when it disagrees with the total it says so (in red once a save was refused). */
function SumLine({
  label,
  sum,
  total,
  error,
  problemKey,
  testId,
}: {
  label: string;
  sum: number;
  total: number;
  error: string | undefined;
  problemKey: string;
  testId: string;
}) {
  const { t } = useTranslation();
  // A refused save's message stays until the counts agree; before any save the same check shows as a hint.
  const problem = sum !== total ? (error ?? problemKey) : undefined;
  return (
    <Stack gap={0}>
      <Text size="sm" c={problem ? undefined : "teal.8"} data-testid={`${testId}-sum`}>
        {label}: <b>{sum}</b> / {total}
      </Text>
      {problem && (
        <Text
          size="sm"
          c={error ? "red.7" : "orange.8"}
          fw={error ? 600 : 400}
          data-testid={`${testId}-problem`}
        >
          {tKey(t, problem)} {t("program.participants.mismatch", { sum, total })}
        </Text>
      )}
    </Stack>
  );
}

export function ParticipantsFields({ form, persons, readOnly }: Props) {
  const { t } = useTranslation();
  const field = useFields(form);
  const values = form.getValues();
  const p = values.participants;
  const total = numberOr0(p.total);
  const sexSum = numberOr0(p.bySex.L) + numberOr0(p.bySex.P);
  const groupSum = targetGroups.reduce((s, g) => s + numberOr0(p.byGroup[g]), 0);
  const errors = form.errors as Record<string, string | undefined>;
  const attendees = new Set(values.attendeePersonIds);
  const fill = () => {
    const chosen = persons.filter((x) => attendees.has(x.id));
    form.setFieldValue("participants", countsFromAttendance(chosen, values.startDate));
  };

  return (
    <Stack gap="sm" data-testid="participants">
      <Title order={5}>{t("program.participants.title")}</Title>
      <Group align="end">
        <NumberInput
          label={t("program.participants.total")}
          w={180}
          readOnly={readOnly}
          {...count}
          {...field("participants.total")}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Stack gap="xs" data-testid="participants-sex">
          <Text fw={600} size="sm">
            {t("program.participants.bySex")}
          </Text>
          <Group grow>
            <NumberInput
              label={t("code.sex.L")}
              readOnly={readOnly}
              {...count}
              {...field("participants.bySex.L")}
            />
            <NumberInput
              label={t("code.sex.P")}
              readOnly={readOnly}
              {...count}
              {...field("participants.bySex.P")}
            />
          </Group>
          <SumLine
            label={t("program.participants.sexSum")}
            sum={sexSum}
            total={total}
            error={errors["participants.bySex"]}
            problemKey="v.participantsSex"
            testId="participants-sex"
          />
        </Stack>
        <Stack gap="xs" style={{ gridColumn: "span 2" }} data-testid="participants-group">
          <Text fw={600} size="sm">
            {t("program.participants.byGroup")}
          </Text>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
            {targetGroups.map((g) => (
              <NumberInput
                key={g}
                label={t(`code.targetGroup.${g}`)}
                readOnly={readOnly}
                styles={bottom}
                {...count}
                {...field(`participants.byGroup.${g}`)}
              />
            ))}
          </SimpleGrid>
          <SumLine
            label={t("program.participants.groupSum")}
            sum={groupSum}
            total={total}
            error={errors["participants.byGroup"]}
            problemKey="v.participantsGroup"
            testId="participants-group"
          />
        </Stack>
      </SimpleGrid>
      <Stack gap={4}>
        <Group align="end" wrap="nowrap">
          <MultiSelect
            label={t("program.attendance.label")}
            placeholder={readOnly ? undefined : t("program.attendance.placeholder")}
            searchable
            clearable={!readOnly}
            readOnly={readOnly}
            limit={50}
            nothingFoundMessage={t("program.attendance.nothing")}
            style={{ flex: 1 }}
            data={persons.map((x) => ({
              value: x.id,
              label: [x.name, x.docNo || x.unit].filter(Boolean).join(" · "),
            }))}
            {...field("attendeePersonIds")}
          />
          {!readOnly && (
            <Button
              variant="light"
              leftSection={<IconListCheck size={16} />}
              disabled={attendees.size === 0}
              onClick={fill}
            >
              {t("program.attendance.fill")}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t("program.attendance.hint", { count: attendees.size })}
        </Text>
      </Stack>
    </Stack>
  );
}
