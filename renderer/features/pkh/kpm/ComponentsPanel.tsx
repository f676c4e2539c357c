// Why: beside the household form, each member's components today and the household's counted ones, with what is over
// the limits in force and why; derived from what is typed (never typed themselves), so they follow every change.
import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { todayIn } from "../../../../shared/domain/dates";
import { components, householdComponents, limitsOn } from "../../../../shared/domain/pkh/components";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { useOffice } from "../../../app/office-context";
import type { MemberFields } from "./form-values";
import { memberInput } from "./form-values";

export function ComponentsPanel({ members }: { members: MemberFields[] }) {
  const { t } = useTranslation();
  const office = useOffice();
  const today = todayIn();
  const limits = pkhSettingsOf(office).limits;
  // Only what reads as a date counts; a half-typed date is simply not yet a fact.
  const facts = members.map((m) => {
    const v = memberInput(m) as Record<string, unknown>;
    const date = (x: unknown) => (typeof x === "string" && /^\d{4}-\d{2}-\d{2}$/.test(x) ? x : null);
    return {
      birthDate: date(v.birthDate),
      schoolLevel: (v.schoolLevel ?? null) as "sd" | "smp" | "sma" | null,
      expectedDelivery: date(v.expectedDelivery),
      deliveryDate: date(v.deliveryDate),
      severeDisability: Boolean(v.severeDisability),
      sex: (v.sex ?? null) as "L" | "P" | null,
    };
  });
  const h = householdComponents(facts, today, limits);
  const total = components.reduce((s, c) => s + h.counted[c], 0);
  const inForce = limitsOn(limits, today);
  return (
    <Paper withBorder p="md" data-testid="components-panel">
      <Stack gap="xs">
        <Title order={5}>{t("pkh.kpm.components.title")}</Title>
        <Text size="xs" c="dimmed">
          {t("pkh.kpm.components.hint")}
        </Text>
        {members.map((m, i) => {
          const items = h.items.filter((x) => x.memberIndex === i);
          if (items.length === 0) return null;
          return (
            <div key={i}>
              <Text size="sm" fw={600}>
                {m.name || t("pkh.kpm.memberN", { n: i + 1 })}
              </Text>
              <Group gap={4}>
                {items.map((x) => (
                  <Badge
                    key={x.component}
                    variant={x.counted ? "light" : "outline"}
                    color={x.counted ? "teal" : "gray"}
                  >
                    {t(`pkh.code.component.${x.component}`)}
                    {!x.counted && ` · ${t("pkh.kpm.components.notCounted")}`}
                  </Badge>
                ))}
              </Group>
            </div>
          );
        })}
        {total === 0 && <Text size="sm">{t("pkh.kpm.components.none")}</Text>}
        <Text size="sm" fw={600} data-testid="components-total">
          {t("pkh.kpm.components.total", { count: total })}
        </Text>
        {h.over.map((o) => (
          <Text key={o.group} size="sm" c="orange.8" data-testid="components-over">
            {t("pkh.kpm.components.over", {
              present: o.present,
              limit: inForce[o.group],
              group: t(`pkh.code.limitGroup.${o.group}`),
            })}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
