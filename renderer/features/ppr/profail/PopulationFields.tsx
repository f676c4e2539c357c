// Why: the population table of the profile form, with the Buku Rekod's figures beside the officer's, taken only on a click.
import { ActionIcon, Alert, Button, Group, NumberInput, Table, Text, Tooltip } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconArrowLeft, IconCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ageBands, type ProfileInput } from "../../../../shared/domain/community";
import { populationChecks } from "../../../../shared/reports/profail-komuniti/wording";
import { useFields } from "../../../app/fields";
import {
  ageBandTotals,
  ethnicKeys,
  ethnicTotal,
  fieldLabel,
  groupKeys,
  offerRows,
  sexKeys,
  type OfferRow,
  type RegisterOffer,
} from "./profile-fields";

type Props = {
  form: UseFormReturnType<ProfileInput>;
  /** The register's figures once asked for; null until then. */
  offer: RegisterOffer | null;
  readOnly?: boolean;
};

const changed = { background: "var(--mantine-color-yellow-light)" };

export function PopulationFields({ form, offer, readOnly }: Props) {
  const { t } = useTranslation();
  const field = useFields(form);
  const pop = form.getValues().population;
  const rows = new Map<string, OfferRow>(offer ? offerRows(pop, offer).map((r) => [r.key, r]) : []);
  const totals = ageBandTotals(pop.byAgeBand);
  const registerTotals = offer?.byAgeBand ? ageBandTotals(offer.byAgeBand) : null;
  const ethnicSum = ethnicTotal(pop.ethnicGroups);
  const checks = populationChecks(pop);

  const take = (row: OfferRow) =>
    row.paths.forEach((p, i) => form.setFieldValue(`population.${p}`, row.register[i]));

  const count = (path: string, label: string) => (
    <NumberInput
      aria-label={label}
      allowDecimal={false}
      hideControls
      size="xs"
      readOnly={readOnly}
      {...field(`population.${path}`)}
    />
  );

  /** The Buku Rekod column of one row: its figure(s) and the "guna" button, or a dash when the register cannot tell. */
  const registerCells = (key: string, label: string, span = 1) => {
    if (!offer) return null;
    const row = rows.get(key);
    if (!row)
      return (
        <>
          <Table.Td colSpan={span} c="dimmed" ta="center">
            —
          </Table.Td>
          <Table.Td />
        </>
      );
    return (
      <>
        {row.register.map((n, i) => (
          <Table.Td
            key={row.paths[i]}
            ta="right"
            fw={row.same ? undefined : 700}
            data-testid="register-figure"
          >
            {n}
          </Table.Td>
        ))}
        <Table.Td>
          {row.same ? (
            <Tooltip label={t("profail.register.same")}>
              <IconCheck
                size={16}
                color="var(--mantine-color-teal-6)"
                aria-label={t("profail.register.same")}
              />
            </Tooltip>
          ) : (
            !readOnly && (
              <Tooltip label={t("profail.register.useRow")}>
                <ActionIcon
                  variant="light"
                  size="sm"
                  aria-label={t("profail.register.useRowAria", { field: label })}
                  onClick={() => take(row)}
                >
                  <IconArrowLeft size={14} />
                </ActionIcon>
              </Tooltip>
            )
          )}
        </Table.Td>
      </>
    );
  };
  const differs = (key: string) => (rows.get(key) && !rows.get(key)!.same ? changed : undefined);

  return (
    <>
      <Table withTableBorder withColumnBorders fz="sm" data-testid="age-band-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={offer ? 2 : 1}>{t("profail.ageBandCol")}</Table.Th>
            {sexKeys.map((s) => (
              <Table.Th key={s} w={110} rowSpan={offer ? 2 : 1}>
                {t(`code.sex.${s}`)}
              </Table.Th>
            ))}
            <Table.Th w={90} ta="right" rowSpan={offer ? 2 : 1}>
              {t("profail.total")}
            </Table.Th>
            {offer && (
              <Table.Th colSpan={3} ta="center" bg="var(--mantine-color-blue-light)">
                {t("profail.register.col")}
              </Table.Th>
            )}
          </Table.Tr>
          {offer && (
            <Table.Tr>
              {sexKeys.map((s) => (
                <Table.Th key={s} w={70} ta="right" bg="var(--mantine-color-blue-light)">
                  {t(`profail.sexShort.${s}`)}
                </Table.Th>
              ))}
              <Table.Th w={50} bg="var(--mantine-color-blue-light)" />
            </Table.Tr>
          )}
        </Table.Thead>
        <Table.Tbody>
          {ageBands.map((b) => (
            <Table.Tr key={b} style={differs(`byAgeBand.${b}`)} data-testid="age-band-row">
              <Table.Td>{t(`profail.ageBand.${b}`)}</Table.Td>
              {sexKeys.map((s) => (
                <Table.Td key={s}>
                  {count(`byAgeBand.${b}.${s}`, fieldLabel(t, `population.byAgeBand.${b}.${s}`))}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>
                {totals.rows[b]}
              </Table.Td>
              {registerCells(`byAgeBand.${b}`, t(`profail.ageBand.${b}`), 2)}
            </Table.Tr>
          ))}
          <Table.Tr fw={700} data-testid="age-band-total">
            <Table.Td>{t("profail.total")}</Table.Td>
            <Table.Td ta="right" pr="md">
              {totals.L}
            </Table.Td>
            <Table.Td ta="right" pr="md">
              {totals.P}
            </Table.Td>
            <Table.Td ta="right">{totals.all}</Table.Td>
            {registerTotals && (
              <>
                <Table.Td ta="right">{registerTotals.L}</Table.Td>
                <Table.Td ta="right">{registerTotals.P}</Table.Td>
                <Table.Td />
              </>
            )}
          </Table.Tr>
        </Table.Tbody>
      </Table>

      <Table withTableBorder withColumnBorders fz="sm" data-testid="population-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("profail.item")}</Table.Th>
            <Table.Th w={140}>{t("profail.count")}</Table.Th>
            {offer && (
              <>
                <Table.Th w={110} ta="right" bg="var(--mantine-color-blue-light)">
                  {t("profail.register.col")}
                </Table.Th>
                <Table.Th w={50} bg="var(--mantine-color-blue-light)" />
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr style={differs("households")}>
            <Table.Td fw={600}>{t("profail.f.population.households")}</Table.Td>
            <Table.Td>{count("households", t("profail.f.population.households"))}</Table.Td>
            {registerCells("households", t("profail.f.population.households"))}
          </Table.Tr>
          <Table.Tr>
            <Table.Td colSpan={offer ? 4 : 2} fw={700} bg="var(--mantine-color-gray-light)">
              {t("profail.ethnicHeading")}
            </Table.Td>
          </Table.Tr>
          {ethnicKeys.map((k) => {
            const label = fieldLabel(t, `population.ethnicGroups.${k}`);
            return (
              <Table.Tr key={k} style={differs(`ethnicGroups.${k}`)}>
                <Table.Td pl="lg">{t(`profail.ethnic.${k}`)}</Table.Td>
                <Table.Td>{count(`ethnicGroups.${k}`, label)}</Table.Td>
                {registerCells(`ethnicGroups.${k}`, label)}
              </Table.Tr>
            );
          })}
          <Table.Tr fw={700}>
            <Table.Td pl="lg">{t("profail.total")}</Table.Td>
            <Table.Td ta="right" pr="md" data-testid="ethnic-total">
              {ethnicSum}
            </Table.Td>
            {offer && (
              <>
                <Table.Td ta="right">{offer.ethnicGroups ? ethnicTotal(offer.ethnicGroups) : "—"}</Table.Td>
                <Table.Td />
              </>
            )}
          </Table.Tr>
          <Table.Tr>
            <Table.Td colSpan={offer ? 4 : 2} fw={700} bg="var(--mantine-color-gray-light)">
              {t("profail.groupsHeading")}
            </Table.Td>
          </Table.Tr>
          {groupKeys.map((k) => {
            const label = t(`profail.f.population.${k}`);
            return (
              <Table.Tr key={k} style={differs(k)}>
                <Table.Td pl="lg">{label}</Table.Td>
                <Table.Td>{count(k, label)}</Table.Td>
                {registerCells(k, label)}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {checks.length > 0 && (
        <Alert color="yellow" p="xs" data-testid="totals-mismatch">
          {checks.map((c) => (
            <Text size="sm" key={c.code}>
              {t(`profail.check.${c.code}`, c)}
            </Text>
          ))}
        </Alert>
      )}
    </>
  );
}

export function RegisterBar({
  offer,
  persons,
  asOf,
  loading,
  onLoad,
  onUseAll,
  readOnly,
  pending,
}: {
  offer: RegisterOffer | null;
  persons: number;
  asOf: string;
  loading: boolean;
  onLoad: () => void;
  onUseAll: () => void;
  readOnly?: boolean;
  /** How many offered rows differ from the form. */
  pending: number;
}) {
  const { t } = useTranslation();
  if (readOnly) return null;
  return (
    <Group justify="space-between" align="center">
      <Button variant="light" onClick={onLoad} loading={loading} data-testid="register-load">
        {offer ? t("profail.register.reload") : t("profail.register.load")}
      </Button>
      {offer && (
        <Group gap="sm">
          <Text size="sm" c="dimmed" data-testid="register-note">
            {t("profail.register.note", { count: persons, date: asOf })}
          </Text>
          <Button size="xs" onClick={onUseAll} disabled={pending === 0} data-testid="register-use-all">
            {t("profail.register.useAll")}
          </Button>
        </Group>
      )}
    </Group>
  );
}
