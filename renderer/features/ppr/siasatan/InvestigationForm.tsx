// Why: the draft investigation as the officer fills it in over several visits; unsaved values survive the idle lock.
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { modals } from "@mantine/modals";
import { IconPlus, IconSend, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../../app/DateField";
import {
  ageFromMyKad,
  investigationFields,
  rateOn,
  submitProblems,
  type InvestigationInput,
  type RateInput,
} from "../../../../shared/domain/aid";
import { aidSchemes, relationships, type AidScheme } from "../../../../shared/domain/codes";
import { isValidIsoDate, todayIn } from "../../../../shared/domain/dates";
import type { InvestigationRecord } from "../../../db/app-db";
import { ValidationError } from "../../../db/errors";
import { db } from "../../../db/instance";
import { saveInvestigation, submitInvestigation } from "../../../db/repositories/investigations";
import { handleSaveError, showFieldErrors, useFields } from "../../../app/fields";
import { notifyError, notifySaved, tKey } from "../../../app/messages";
import { useActor } from "../../../app/session";
import { useDraftForm } from "../../../app/use-draft-form";
import { formatMoney } from "./format";
import { IncomeSummary } from "./IncomeSummary";

/** A number field while it is being typed: empty until the officer writes a number. */
type Num = number | "";
type MemberRow = Omit<InvestigationInput["members"][number], "age" | "income"> & { age: Num; income: Num };
type ExpenseRow = { item: string; amount: Num };
export type InvestigationFormValues = Omit<InvestigationInput, "members" | "expenses"> & {
  members: MemberRow[];
  expenses: ExpenseRow[];
};

const newMember: MemberRow = {
  name: "",
  relationship: "anak",
  docNo: "",
  age: "",
  occupation: "",
  income: 0,
};
const newExpense: ExpenseRow = { item: "", amount: "" };

export function toFormValues(inv: InvestigationRecord): InvestigationFormValues {
  return {
    caseId: inv.caseId,
    scheme: inv.scheme,
    date: inv.date,
    members: inv.members.map((m) => ({ ...m })),
    expenses: inv.expenses.map((e) => ({ ...e })),
    visitDate: inv.visitDate,
    findings: inv.findings,
    recommendation: inv.recommendation,
    recommendedScheme: inv.recommendedScheme,
    recommendedAmount: inv.recommendedAmount,
  };
}

type Props = { inv: InvestigationRecord; rates: readonly RateInput[] };

export function InvestigationForm({ inv, rates }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const draft = useDraftForm<InvestigationFormValues>(
    `investigation:${inv.id}`,
    toFormValues(inv),
    investigationFields,
    inv.rev,
  );
  const { form } = draft;
  const field = useFields(form);
  const [busy, setBusy] = useState<"save" | "submit" | null>(null);
  const [incomplete, setIncomplete] = useState(false);
  if (!draft.ready) return null;

  const values = form.values;
  // The form passed its schema before this is called, so every number field holds a number.
  const asInput = (v: InvestigationFormValues) => v as unknown as InvestigationInput;

  const persist = async (v: InvestigationFormValues) => {
    const saved = await saveInvestigation(db, actor, inv.id, draft.baseRev ?? inv.rev, asInput(v));
    await draft.saved(saved.rev);
    return saved;
  };

  const save = form.onSubmit(
    async (v) => {
      setBusy("save");
      setIncomplete(false);
      try {
        await persist(v);
        notifySaved(t);
      } catch (e) {
        handleSaveError(t, form, e, () => void draft.discard());
      } finally {
        setBusy(null);
      }
    },
    () => notifyError(t, new ValidationError({})),
  );

  const send = async () => {
    setIncomplete(false);
    const check = await form.validate();
    if (check.hasErrors) {
      notifyError(t, new ValidationError({}));
      return;
    }
    const v = form.getValues();
    const problems = submitProblems(asInput(v));
    if (v.recommendation === "lulus" && !v.recommendedScheme) problems.recommendedScheme = "v.required";
    if (Object.keys(problems).length) {
      form.setErrors(problems);
      setIncomplete(true);
      return;
    }
    modals.openConfirmModal({
      title: t("siasatan.submitTitle"),
      children: <Text size="sm">{t("siasatan.submitConfirm")}</Text>,
      labels: { confirm: t("siasatan.submit"), cancel: t("common.cancel") },
      onConfirm: async () => {
        setBusy("submit");
        try {
          const saved = await persist(v);
          await submitInvestigation(db, actor, inv.id, saved.rev);
          notifySaved(t, t("siasatan.submitted"));
        } catch (e) {
          if (showFieldErrors(form, e)) setIncomplete(true);
          else handleSaveError(t, form, e, () => void draft.discard());
        } finally {
          setBusy(null);
        }
      },
    });
  };

  const setRecommendation = (r: string) => {
    if (r === "lulus") {
      const scheme = values.recommendedScheme ?? values.scheme;
      form.setFieldValue("recommendation", "lulus");
      form.setFieldValue("recommendedScheme", scheme);
      if (values.recommendedAmount === null && isValidIsoDate(values.date)) {
        const rate = rateOn(rates, scheme, values.date);
        if (rate && rate.amount > 0) form.setFieldValue("recommendedAmount", rate.amount);
      }
    } else {
      form.setFieldValue("recommendation", "tidak-lulus");
      form.setFieldValue("recommendedScheme", null);
      form.setFieldValue("recommendedAmount", null);
    }
    form.clearFieldError("recommendation");
  };

  /** A valid MyKad typed for a member gives the member's age on the investigation date. */
  const docNoTyped = (i: number, docNo: string) => {
    form.setFieldValue(`members.${i}.docNo`, docNo);
    const age = ageFromMyKad(docNo, values.date);
    if (age !== null) {
      form.setFieldValue(`members.${i}.age`, age);
      form.clearFieldError(`members.${i}.age`);
    }
  };

  const schemeData = aidSchemes.map((s) => ({ value: s, label: t(`siasatan.schemeName.${s}`) }));
  const relationshipData = relationships.map((r) => ({ value: r, label: t(`code.relationship.${r}`) }));
  const memberAria = (key: string, i: number) =>
    t("siasatan.memberAria", { field: t(`siasatan.member.${key}`), n: i + 1 });
  const expenseAria = (key: string, i: number) =>
    t("siasatan.expenseAria", { field: t(`siasatan.expense.${key}`), n: i + 1 });
  const recommendedRate =
    values.recommendedScheme && isValidIsoDate(values.date)
      ? rateOn(rates, values.recommendedScheme, values.date)
      : null;

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="lg">
        {draft.restored && (
          <Alert color="blue" data-testid="draft-restored">
            <Group justify="space-between">
              {t("draft.restored")}
              <Button size="xs" variant="subtle" onClick={() => void draft.discard()}>
                {t("draft.discard")}
              </Button>
            </Group>
          </Alert>
        )}

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("siasatan.scheme")}
            withAsterisk
            allowDeselect={false}
            data={schemeData}
            {...field("scheme")}
          />
          <DateField label={t("siasatan.date")} withAsterisk maxDate={todayIn()} {...field("date")} />
        </SimpleGrid>

        <Paper withBorder p="md">
          <Stack gap="sm">
            <div>
              <Title order={5}>{t("siasatan.household")}</Title>
              <Text size="sm" c="dimmed">
                {t("siasatan.householdHint")}
              </Text>
            </div>
            <Table data-testid="members-table" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={30}>#</Table.Th>
                  <Table.Th>{t("siasatan.member.name")}</Table.Th>
                  <Table.Th w={170}>{t("siasatan.member.relationship")}</Table.Th>
                  <Table.Th w={150}>{t("siasatan.member.docNo")}</Table.Th>
                  <Table.Th w={80}>{t("siasatan.member.age")}</Table.Th>
                  <Table.Th w={160}>{t("siasatan.member.occupation")}</Table.Th>
                  <Table.Th w={140}>{t("siasatan.member.income")}</Table.Th>
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {values.members.map((_, i) => (
                  <Table.Tr key={i} style={{ verticalAlign: "top" }}>
                    <Table.Td pt={10}>{i + 1}</Table.Td>
                    <Table.Td>
                      <TextInput aria-label={memberAria("name", i)} {...field(`members.${i}.name`)} />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={memberAria("relationship", i)}
                        allowDeselect={false}
                        data={relationshipData}
                        {...field(`members.${i}.relationship`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={memberAria("docNo", i)}
                        {...field(`members.${i}.docNo`)}
                        onChange={(e) => docNoTyped(i, e.currentTarget.value)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={memberAria("age", i)}
                        allowDecimal={false}
                        hideControls
                        {...field(`members.${i}.age`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={memberAria("occupation", i)}
                        {...field(`members.${i}.occupation`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={memberAria("income", i)}
                        decimalScale={2}
                        thousandSeparator=","
                        hideControls
                        {...field(`members.${i}.income`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        mt={4}
                        disabled={values.members.length <= 1}
                        aria-label={t("siasatan.member.remove", { n: i + 1 })}
                        onClick={() => form.removeListItem("members", i)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {form.errors.members && (
              <Text size="sm" c="red">
                {form.errors.members === "v.householdHead"
                  ? t("siasatan.member.atLeastOne")
                  : tKey(t, form.errors.members as string)}
              </Text>
            )}
            <Button
              variant="light"
              size="xs"
              w="fit-content"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem("members", { ...newMember })}
            >
              {t("siasatan.member.add")}
            </Button>
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={5}>{t("siasatan.expenses")}</Title>
            {values.expenses.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("siasatan.expense.none")}
              </Text>
            ) : (
              <Table data-testid="expenses-table" verticalSpacing={4} maw={640}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={30}>#</Table.Th>
                    <Table.Th>{t("siasatan.expense.item")}</Table.Th>
                    <Table.Th w={160}>{t("siasatan.expense.amount")}</Table.Th>
                    <Table.Th w={40} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {values.expenses.map((_, i) => (
                    <Table.Tr key={i} style={{ verticalAlign: "top" }}>
                      <Table.Td pt={10}>{i + 1}</Table.Td>
                      <Table.Td>
                        <TextInput aria-label={expenseAria("item", i)} {...field(`expenses.${i}.item`)} />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={expenseAria("amount", i)}
                          decimalScale={2}
                          thousandSeparator=","
                          hideControls
                          {...field(`expenses.${i}.amount`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          mt={4}
                          aria-label={t("siasatan.expense.remove", { n: i + 1 })}
                          onClick={() => form.removeListItem("expenses", i)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Button
              variant="light"
              size="xs"
              w="fit-content"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem("expenses", { ...newExpense })}
            >
              {t("siasatan.expense.add")}
            </Button>
          </Stack>
        </Paper>

        <IncomeSummary values={asInput(values)} rates={rates} />

        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={5}>{t("siasatan.visit")}</Title>
            <DateField
              label={t("siasatan.visitDate")}
              maxDate={todayIn()}
              maw={260}
              {...field("visitDate")}
            />
            <Textarea
              label={t("siasatan.findings")}
              description={t("siasatan.findingsHint")}
              autosize
              minRows={3}
              {...field("findings")}
            />
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={5}>{t("siasatan.recommendationTitle")}</Title>
            <Radio.Group
              label={t("siasatan.recommendation")}
              value={values.recommendation}
              onChange={setRecommendation}
              error={tKey(t, form.errors.recommendation as string | undefined)}
            >
              <Group mt={4}>
                <Radio value="lulus" label={t("siasatan.recommend.lulus")} />
                <Radio value="tidak-lulus" label={t("siasatan.recommend.tidak-lulus")} />
              </Group>
            </Radio.Group>
            {values.recommendation === "lulus" && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t("siasatan.recommendedScheme")}
                  withAsterisk
                  allowDeselect={false}
                  data={schemeData}
                  value={values.recommendedScheme}
                  onChange={(s) => form.setFieldValue("recommendedScheme", (s as AidScheme | null) ?? null)}
                  error={tKey(t, form.errors.recommendedScheme as string | undefined)}
                />
                <NumberInput
                  label={t("siasatan.recommendedAmount")}
                  withAsterisk
                  decimalScale={2}
                  thousandSeparator=","
                  hideControls
                  description={
                    recommendedRate
                      ? t("siasatan.rateHint", {
                          scheme: values.recommendedScheme,
                          amount: formatMoney(recommendedRate.amount),
                        })
                      : undefined
                  }
                  value={values.recommendedAmount ?? ""}
                  onChange={(n) => form.setFieldValue("recommendedAmount", typeof n === "number" ? n : null)}
                  error={tKey(t, form.errors.recommendedAmount as string | undefined)}
                />
              </SimpleGrid>
            )}
          </Stack>
        </Paper>

        {incomplete && Object.keys(submitProblems(asInput(values))).length > 0 && (
          <Alert color="orange" data-testid="submit-problems" title={t("siasatan.incompleteTitle")}>
            {t("siasatan.incomplete")}
          </Alert>
        )}

        <Group>
          <Button type="submit" loading={busy === "save"} disabled={busy === "submit"}>
            {t("common.save")}
          </Button>
          <Button
            variant="filled"
            color="teal"
            leftSection={<IconSend size={16} />}
            loading={busy === "submit"}
            disabled={busy === "save"}
            onClick={() => void send()}
          >
            {t("siasatan.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
