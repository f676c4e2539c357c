// Why: a household's members in the household's form: typing a NIK fills the date of birth and sex it holds; a typed
// date or sex that disagrees with the NIK is a warning, not a refusal; a removed member can be taken back.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconAlertTriangle, IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { nikDisagreement, readNik } from "../../../../shared/domain/pkh/nik";
import { relationships, schoolLevels, sexes } from "../../../../shared/domain/pkh/records";
import { DateField } from "../../../app/DateField";
import { useFields } from "../../../app/fields";
import { offerUndo } from "../../../app/soft-delete";
import { emptyMember, type KpmFields, type MemberFields } from "./form-values";

export function MembersEditor({ form }: { form: UseFormReturnType<KpmFields> }) {
  const { t } = useTranslation();
  const field = useFields(form);
  const members = form.values.members;
  const options = (list: readonly string[], prefix: string) =>
    list.map((c) => ({ value: c, label: t(`${prefix}.${c}`) }));
  const typeNik = (i: number, nik: string) => {
    form.setFieldValue(`members.${i}.nik`, nik);
    const read = readNik(nik);
    if (!read.ok) return;
    form.setFieldValue(`members.${i}.birthDate`, read.birthDate);
    form.setFieldValue(`members.${i}.sex`, read.sex);
  };
  const remove = (i: number, m: MemberFields) => {
    form.removeListItem("members", i);
    offerUndo({
      t,
      name: m.name || t("pkh.kpm.memberN", { n: i + 1 }),
      notice: t("pkh.kpm.memberRemoved", { name: m.name || t("pkh.kpm.memberN", { n: i + 1 }) }),
      restore: async () => form.insertListItem("members", m, i),
    });
  };
  return (
    <Paper withBorder p="md" data-testid="members-editor">
      <Stack gap="md">
        <Title order={4}>{t("pkh.kpm.members", { count: members.length })}</Title>
        {members.length === 0 && <Text c="dimmed">{t("pkh.kpm.noMembers")}</Text>}
        {members.map((m, i) => {
          const warning = nikDisagreement(m.nik, m.birthDate || null, m.sex || null);
          return (
            <Paper key={i} withBorder p="sm" bg="gray.0" data-testid="member-row">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={600}>{m.name || t("pkh.kpm.memberN", { n: i + 1 })}</Text>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={14} />}
                    onClick={() => remove(i, m)}
                  >
                    {t("pkh.kpm.removeMember")}
                  </Button>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput label={t("pkh.kpm.name")} withAsterisk {...field(`members.${i}.name`)} />
                  <TextInput
                    label={t("pkh.kpm.nik")}
                    description={t("pkh.kpm.nikHint")}
                    inputMode="numeric"
                    {...field(`members.${i}.nik`)}
                    onChange={(e) => typeNik(i, e.currentTarget.value)}
                  />
                  <Select
                    label={t("pkh.kpm.relationship")}
                    data={options(relationships, "pkh.code.relationship")}
                    {...field(`members.${i}.relationship`)}
                  />
                  <DateField label={t("pkh.kpm.birthDate")} {...field(`members.${i}.birthDate`)} />
                  <Select
                    label={t("pkh.kpm.sex")}
                    data={options(sexes, "pkh.code.sex")}
                    {...field(`members.${i}.sex`)}
                  />
                  <TextInput label={t("pkh.kpm.healthPost")} {...field(`members.${i}.healthPost`)} />
                </SimpleGrid>
                {warning && (
                  <Alert
                    color="yellow"
                    icon={<IconAlertTriangle size={16} />}
                    p="xs"
                    data-testid="nik-warning"
                  >
                    {t(`pkh.kpm.nikWarning.${warning}`)}
                  </Alert>
                )}
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Select
                    label={t("pkh.kpm.schoolLevel")}
                    clearable
                    data={options(schoolLevels, "pkh.code.schoolLevel")}
                    {...field(`members.${i}.schoolLevel`)}
                  />
                  <TextInput label={t("pkh.kpm.school")} {...field(`members.${i}.school`)} />
                  <TextInput label={t("pkh.kpm.schoolClass")} {...field(`members.${i}.schoolClass`)} />
                  <DateField
                    label={t("pkh.kpm.expectedDelivery")}
                    {...field(`members.${i}.expectedDelivery`)}
                  />
                  <DateField label={t("pkh.kpm.deliveryDate")} {...field(`members.${i}.deliveryDate`)} />
                  <Checkbox
                    mt={32}
                    label={t("pkh.kpm.severeDisability")}
                    {...field(`members.${i}.severeDisability`, { type: "checkbox" })}
                  />
                </SimpleGrid>
              </Stack>
            </Paper>
          );
        })}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => form.insertListItem("members", emptyMember())}
          >
            {t("pkh.kpm.addMember")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
