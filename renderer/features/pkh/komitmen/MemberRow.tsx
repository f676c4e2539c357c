// Why: one member's line in the verification grid: who, which commitment, the numbers it asks for, and the outcome
// (with its reason) as they are typed.
import { Badge, Checkbox, Group, NumberInput, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CommitmentKind, CommitmentOutcome } from "../../../../shared/domain/pkh/commitments";
import { tKey } from "../../../app/messages";
import type { PkhHouseholdRecord, PkhMemberRecord } from "../../../db/pkh-tables";
import { fieldsOf, type Inputs } from "./inputs";
import { reasonText } from "./reason";

type Props = {
  household: PkhHouseholdRecord;
  member: PkhMemberRecord;
  kind: CommitmentKind;
  values: Inputs;
  errors: Record<string, string>;
  outcome: CommitmentOutcome | null;
  disabled: boolean;
  /** One input changed (applied to the member's latest values, so quick typing in two boxes keeps both). */
  onChange: (patch: Inputs) => void;
};

export function MemberRow({ household, member, kind, values, errors, outcome, disabled, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid="commitment-row">
      <Table.Td>
        <Text size="sm" fw={600}>
          {household.headName}
        </Text>
        <Text size="xs" c="dimmed">
          {household.kpmNo}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{member.name}</Text>
        <Badge size="xs" variant="light">
          {t(`pkh.komitmen.kind.${kind}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" align="start" wrap="nowrap">
          {fieldsOf[kind].map((f) => (
            <NumberInput
              key={f}
              size="xs"
              w={130}
              label={t(`pkh.komitmen.${f}`)}
              aria-label={t("pkh.komitmen.inputFor", { field: t(`pkh.komitmen.${f}`), name: member.name })}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              disabled={disabled}
              value={values[f] ?? ""}
              onChange={(v) => onChange({ [f]: v })}
              error={tKey(t, errors[`${member.id}.${f}`])}
            />
          ))}
          {kind === "ibuNifas" && (
            <Checkbox
              mt={24}
              size="xs"
              label={t("pkh.komitmen.atFacility")}
              disabled={disabled}
              checked={values.atFacility ?? true}
              onChange={(e) => onChange({ atFacility: e.currentTarget.checked })}
            />
          )}
        </Group>
        {errors[`${member.id}.memberId`] && (
          <Text size="xs" c="red">
            {tKey(t, errors[`${member.id}.memberId`])}
          </Text>
        )}
      </Table.Td>
      <Table.Td data-testid="commitment-outcome">
        {outcome === null ? (
          <Text size="sm" c="dimmed">
            {t("pkh.komitmen.notEntered")}
          </Text>
        ) : (
          <Stack gap={2}>
            <Badge
              miw="max-content"
              color={
                outcome.status === "compliant" ? "teal" : outcome.status === "nonCompliant" ? "red" : "gray"
              }
              variant="light"
            >
              {t(`pkh.komitmen.${outcome.status}`)}
            </Badge>
            {outcome.status === "nonCompliant" && (
              <Text size="xs" c="red">
                {reasonText(t, outcome.reason, outcome.params)}
              </Text>
            )}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
