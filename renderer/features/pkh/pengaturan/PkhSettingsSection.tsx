// Why: in Pengaturan a PKH office's administrator sees the yearly amounts and the household limits in force, and sets
// new ones from a date (what applied before stays as it was), the caseload bounds the koordinator's view flags, the
// commitment rules, and the complaint categories and deadline.
import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { todayIn } from "../../../../shared/domain/dates";
import { amountsOn, type BenefitAmounts } from "../../../../shared/domain/pkh/benefits";
import { components, limitsOn, type HouseholdLimits } from "../../../../shared/domain/pkh/components";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { rupiah } from "../../../../shared/reports/frame/text";
import { formatDate } from "../../../app/format";
import { useOffice } from "../../../app/office-context";
import { withDated } from "../../../db/repositories/pkh/settings";
import { useSave } from "./use-save";
import { SaveFromDate } from "./SaveFromDate";
import { ComplaintSettings } from "../pengaduan/ComplaintSettings";
import { CommitmentSettings } from "../komitmen/CommitmentSettings";

const limitKeys = ["kehamilan", "anakUsiaDini", "lanjutUsia", "disabilitasBerat"] as const;

export function PkhSettingsSection() {
  const { t } = useTranslation();
  const office = useOffice();
  const settings = pkhSettingsOf(office);
  const today = todayIn();
  const amounts = amountsOn(settings.amounts, today);
  const limits = limitsOn(settings.limits, today);
  return (
    <Paper withBorder p="lg" data-testid="pkh-settings">
      <Title order={4}>{t("pkh.pengaturan.title")}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("pkh.pengaturan.hint")}
      </Text>
      <Stack gap="lg">
        <div>
          <Text fw={600}>{t("pkh.pengaturan.amountsInForce", { date: formatDate(amounts.from) })}</Text>
          <Table withTableBorder fz="sm" data-testid="pkh-amounts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("pkh.pengaturan.component")}</Table.Th>
                <Table.Th ta="right">{t("pkh.pengaturan.yearly")}</Table.Th>
                <Table.Th ta="right">{t("pkh.pengaturan.perStage")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {components.map((c) => (
                <Table.Tr key={c}>
                  <Table.Td>{t(`pkh.code.component.${c}`)}</Table.Td>
                  <Table.Td ta="right">{rupiah(amounts.amounts[c])}</Table.Td>
                  <Table.Td ta="right">{rupiah(Math.floor(amounts.amounts[c] / 4))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {settings.amounts.some((a) => a.from > today) && (
            <Text size="sm" mt={4}>
              {t("pkh.pengaturan.upcoming", {
                dates: settings.amounts
                  .filter((a) => a.from > today)
                  .map((a) => formatDate(a.from))
                  .join(", "),
              })}
            </Text>
          )}
        </div>
        <AmountsForm key={`a${office.rev}`} current={amounts} />
        <div>
          <Text fw={600}>{t("pkh.pengaturan.limitsInForce", { date: formatDate(limits.from) })}</Text>
          <Text size="sm">
            {limitKeys.map((k) => `${t(`pkh.code.limitGroup.${k}`)}: ${limits[k]}`).join(" · ")}
          </Text>
        </div>
        <LimitsForm key={`l${office.rev}`} current={limits} />
        <CaseloadForm key={`c${office.rev}`} />
        <CommitmentSettings key={`k${office.rev}`} />
        <ComplaintSettings key={`p${office.rev}`} />
      </Stack>
    </Paper>
  );
}

function AmountsForm({ current }: { current: BenefitAmounts }) {
  const { t } = useTranslation();
  const office = useOffice();
  const { busy, error, save } = useSave();
  const [from, setFrom] = useState("");
  const [values, setValues] = useState<Record<string, number | string>>({ ...current.amounts });
  const submit = () => {
    if (!from) return;
    const amounts = Object.fromEntries(
      components.map((c) => [c, Number(values[c]) || 0]),
    ) as BenefitAmounts["amounts"];
    void save({ amounts: withDated(pkhSettingsOf(office).amounts, { from, amounts }) });
  };
  return (
    <Stack gap="xs" data-testid="pkh-amounts-form">
      <Text fw={600}>{t("pkh.pengaturan.newAmounts")}</Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {components.map((c) => (
          <NumberInput
            key={c}
            label={t(`pkh.code.component.${c}`)}
            prefix="Rp "
            thousandSeparator="."
            decimalSeparator=","
            allowDecimal={false}
            min={0}
            value={values[c]}
            onChange={(v) => setValues({ ...values, [c]: v })}
          />
        ))}
      </SimpleGrid>
      <SaveFromDate
        from={from}
        setFrom={setFrom}
        busy={busy}
        error={error}
        label={t("pkh.pengaturan.saveAmounts")}
        onSave={submit}
      />
    </Stack>
  );
}

function LimitsForm({ current }: { current: HouseholdLimits }) {
  const { t } = useTranslation();
  const office = useOffice();
  const { busy, error, save } = useSave();
  const [from, setFrom] = useState("");
  const [values, setValues] = useState<Record<string, number | string>>({ ...current });
  const submit = () => {
    if (!from) return;
    const entry = {
      from,
      ...Object.fromEntries(limitKeys.map((k) => [k, Number(values[k]) || 0])),
    } as HouseholdLimits;
    void save({ limits: withDated(pkhSettingsOf(office).limits, entry) });
  };
  return (
    <Stack gap="xs" data-testid="pkh-limits-form">
      <Text fw={600}>{t("pkh.pengaturan.newLimits")}</Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {limitKeys.map((k) => (
          <NumberInput
            key={k}
            label={t(`pkh.code.limitGroup.${k}`)}
            allowDecimal={false}
            min={0}
            max={20}
            value={values[k]}
            onChange={(v) => setValues({ ...values, [k]: v })}
          />
        ))}
      </SimpleGrid>
      <SaveFromDate
        from={from}
        setFrom={setFrom}
        busy={busy}
        error={error}
        label={t("pkh.pengaturan.saveLimits")}
        onSave={submit}
      />
    </Stack>
  );
}

function CaseloadForm() {
  const { t } = useTranslation();
  const office = useOffice();
  const { busy, error, save } = useSave();
  const current = pkhSettingsOf(office).caseload;
  const [min, setMin] = useState<number | string>(current.min);
  const [max, setMax] = useState<number | string>(current.max);
  return (
    <Stack gap="xs" data-testid="pkh-caseload-form">
      <Text fw={600}>{t("pkh.pengaturan.caseload")}</Text>
      <Group align="end">
        <NumberInput
          label={t("pkh.pengaturan.caseloadMin")}
          allowDecimal={false}
          min={1}
          value={min}
          onChange={setMin}
        />
        <NumberInput
          label={t("pkh.pengaturan.caseloadMax")}
          allowDecimal={false}
          min={1}
          value={max}
          onChange={setMax}
        />
        <Button
          loading={busy}
          onClick={() => void save({ caseload: { min: Number(min), max: Number(max) } })}
        >
          {t("common.save")}
        </Button>
      </Group>
      {error && (
        <Text c="red" size="sm">
          {error}
        </Text>
      )}
    </Stack>
  );
}
