// Why: a tour's checkpoints in order: each with its location type (seed 001), name, address, day and time slot; a new
// one starts where the last one ends and lasts two hours; rows move up or down and their problems show in place.
import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { checkpointLocationTypes } from "../../../../shared/domain/kpn/codes";
import { DateField } from "../../../app/DateField";
import type { PartProps } from "./form-bind";
import { newCheckpoint } from "./tour-form";

export function CheckpointFields({ form, bind, message }: PartProps) {
  const { t } = useTranslation();
  const values = form.getValues();
  const time = {
    maxLength: 5,
    inputMode: "numeric" as const,
    placeholder: t("kpnJadual.form.timePlaceholder"),
  };
  return (
    <Stack gap="xs" data-testid="checkpoints">
      <Title order={5}>{t("kpnJadual.form.sectionCheckpoints")}</Title>
      {values.checkpoints.map((c, i) => (
        <Paper key={c.id ?? `new-${i}`} withBorder p="sm" data-testid={`checkpoint-${i}`}>
          <Group justify="space-between" mb={4}>
            <Text fw={600}>{t("kpnJadual.form.checkpointNo", { n: i + 1 })}</Text>
            <Group gap={4}>
              <ActionIcon
                variant="subtle"
                aria-label={t("kpnJadual.form.moveUp")}
                disabled={i === 0}
                onClick={() => form.reorderListItem("checkpoints", { from: i, to: i - 1 })}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                aria-label={t("kpnJadual.form.moveDown")}
                disabled={i === values.checkpoints.length - 1}
                onClick={() => form.reorderListItem("checkpoints", { from: i, to: i + 1 })}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t("kpnJadual.form.removeCheckpoint")}
                onClick={() => form.removeListItem("checkpoints", i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput label={t("kpnJadual.form.cpName")} withAsterisk {...bind(`checkpoints.${i}.name`)} />
            <Select
              label={t("kpnJadual.form.cpType")}
              withAsterisk
              allowDeselect={false}
              data={checkpointLocationTypes.map((l) => ({ value: l, label: t(`kpn.locationType.${l}`) }))}
              {...bind(`checkpoints.${i}.locationType`)}
              value={c.locationType || null}
            />
            <TextInput label={t("kpnJadual.form.cpAddress")} {...bind(`checkpoints.${i}.address`)} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 3, md: 6 }} mt="xs">
            <DateField label={t("kpnJadual.form.cpDate")} withAsterisk {...bind(`checkpoints.${i}.date`)} />
            <TextInput
              label={t("kpnJadual.form.cpStart")}
              withAsterisk
              {...time}
              {...bind(`checkpoints.${i}.start`)}
            />
            <TextInput
              label={t("kpnJadual.form.cpEnd")}
              withAsterisk
              {...time}
              {...bind(`checkpoints.${i}.end`)}
            />
          </SimpleGrid>
          {message(`checkpoints.${i}.slot`) && (
            <Text c="red" size="sm" mt={4} data-testid={`checkpoint-${i}-clash`}>
              {message(`checkpoints.${i}.slot`)}
            </Text>
          )}
        </Paper>
      ))}
      {message("checkpoints") && (
        <Text c="red" size="sm" data-testid="checkpoints-problem">
          {message("checkpoints")}
        </Text>
      )}
      <Button
        variant="light"
        w="fit-content"
        leftSection={<IconPlus size={16} />}
        onClick={() => form.insertListItem("checkpoints", newCheckpoint(form.getValues()))}
      >
        {t("kpnJadual.form.addCheckpoint")}
      </Button>
    </Stack>
  );
}
