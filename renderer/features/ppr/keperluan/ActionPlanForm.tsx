// Why: the plan that answers a need, drawn up with the residents' committee: steps with partners and dates, and the programmes it uses; saved with the need by the need page's one Save.
import {
  ActionIcon,
  Button,
  Checkbox,
  MultiSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { Actor } from "../../../../shared/domain/access";
import type { Stored } from "../../../../shared/domain/record";
import { actionPlanSchema, type ActionPlanInput } from "../../../../shared/domain/community";
import type { ActionPlanRecord, NeedRecord, ProgrammeRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { actionPlansRepo } from "../../../db/repositories/community";
import { DateField } from "../../../app/DateField";
import { useFields } from "../../../app/fields";
import { formatDate } from "../../../app/format";
import { tKey } from "../../../app/messages";
import { useDraftForm, type DraftForm } from "../../../app/use-draft-form";
import { inputOf } from "../perjumpaan/record-input";
import { emptyStep, progress } from "./needs";

type Props = {
  form: UseFormReturnType<ActionPlanInput>;
  programmes: ProgrammeRecord[];
  readOnly: boolean;
};

/** The plan's draft: an existing plan's values, or one empty step for a need without a plan. */
export function usePlanDraft(
  need: NeedRecord,
  plan: ActionPlanRecord | undefined,
): DraftForm<ActionPlanInput> {
  const initial: ActionPlanInput = plan
    ? inputOf<ActionPlanInput>(plan)
    : { needId: need.id, siteId: need.siteId, steps: [emptyStep()], programmeIds: [] };
  return useDraftForm<ActionPlanInput>(
    plan ? `action-plan:${plan.id}` : `action-plan:new:${need.id}`,
    initial,
    actionPlanSchema,
    plan?.rev ?? null,
  );
}

/** Creates the plan, or updates it at the revision the draft started from. */
export function savePlan(
  actor: Actor,
  plan: ActionPlanRecord | undefined,
  values: ActionPlanInput,
  baseRev: number | null,
): Promise<Stored<ActionPlanInput>> {
  const repo = actionPlansRepo(db);
  return plan ? repo.update(actor, plan.id, baseRev ?? plan.rev, values) : repo.create(actor, values);
}

/** The plan's steps and programmes; the page around it has the one Save. */
export function PlanFields({ form, programmes, readOnly }: Props) {
  const { t } = useTranslation();
  const field = useFields(form);
  const { steps } = form.getValues();
  const { done, total } = progress(steps);
  const stepsError = form.errors.steps;
  const programmeOptions = programmes.map((p) => ({
    value: p.id,
    label: `${p.title} (${formatDate(p.startDate)})`,
  }));

  return (
    <div data-testid="plan-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed" data-testid="plan-progress">
          {t("keperluan.plan.progress", { done, total })}
        </Text>
        <Table withTableBorder fz="sm" verticalSpacing={6} data-testid="plan-steps">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>{t("keperluan.plan.no")}</Table.Th>
              <Table.Th>{t("keperluan.plan.step")}</Table.Th>
              <Table.Th w={200}>{t("keperluan.plan.partner")}</Table.Th>
              <Table.Th w={150}>{t("keperluan.plan.from")}</Table.Th>
              <Table.Th w={150}>{t("keperluan.plan.to")}</Table.Th>
              <Table.Th w={70} ta="center">
                {t("keperluan.plan.done")}
              </Table.Th>
              {!readOnly && <Table.Th w={44} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {steps.map((_, i) => {
              const n = i + 1;
              return (
                <Table.Tr key={i} data-testid="plan-step" style={{ verticalAlign: "top" }}>
                  <Table.Td pt={14}>{n}</Table.Td>
                  <Table.Td>
                    <Textarea
                      aria-label={t("keperluan.plan.stepN", { n })}
                      autosize
                      minRows={1}
                      readOnly={readOnly}
                      {...field(`steps.${i}.text`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t("keperluan.plan.partnerN", { n })}
                      readOnly={readOnly}
                      {...field(`steps.${i}.partner`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <DateField
                      aria-label={t("keperluan.plan.fromN", { n })}
                      readOnly={readOnly}
                      {...field(`steps.${i}.from`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <DateField
                      aria-label={t("keperluan.plan.toN", { n })}
                      readOnly={readOnly}
                      {...field(`steps.${i}.to`)}
                    />
                  </Table.Td>
                  <Table.Td ta="center" pt={14}>
                    <Checkbox
                      aria-label={t("keperluan.plan.doneN", { n })}
                      readOnly={readOnly}
                      style={{ display: "inline-block" }}
                      {...field(`steps.${i}.done`, { type: "checkbox" })}
                    />
                  </Table.Td>
                  {!readOnly && (
                    <Table.Td pt={10}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t("keperluan.plan.removeN", { n })}
                        onClick={() => form.removeListItem("steps", i)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {stepsError && (
          <Text size="sm" c="red" data-testid="steps-error">
            {tKey(t, String(stepsError))}
          </Text>
        )}
        {!readOnly && (
          <Button
            variant="default"
            w="fit-content"
            leftSection={<IconPlus size={16} />}
            onClick={() => form.insertListItem("steps", emptyStep())}
          >
            {t("keperluan.plan.addStep")}
          </Button>
        )}
        <MultiSelect
          label={t("keperluan.plan.programmes")}
          description={t("keperluan.plan.programmesHint")}
          placeholder={programmes.length ? undefined : t("keperluan.plan.noProgrammes")}
          searchable
          clearable
          readOnly={readOnly}
          disabled={programmes.length === 0}
          data={programmeOptions}
          {...field("programmeIds")}
        />
      </Stack>
    </div>
  );
}
