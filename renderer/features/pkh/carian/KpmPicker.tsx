// Why: a form that names one KPM (a complaint) finds it the way the register does (name, NIK or No. KPM, through the
// indexes) within one wilayah, and shows the one chosen with a way to change it.
import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useActor } from "../../../app/session";
import { useLive } from "../../../app/use-live";
import { db } from "../../../db/instance";
import { searchKpm } from "../../../db/repositories/pkh/kpm";

type Props = {
  siteId: string;
  /** The chosen household's id, or "" while none is. */
  value: string;
  onChange: (id: string) => void;
  label: string;
  error?: string;
};

export function KpmPicker({ siteId, value, onChange, label, error }: Props) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [find, setFind] = useState("");
  const chosen = useLive(async () => (value ? ((await db.pkhHouseholds.get(value)) ?? null) : null), [value]);
  const found = useLive(
    async () => (find.trim() ? await searchKpm(db, actor, find, { siteId, limit: 6 }) : []),
    [actor, find, siteId],
  );
  const current = !chosen.loading && !chosen.error ? chosen.data : null;
  if (current)
    return (
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Group gap="sm" data-testid="kpm-chosen">
          <Text fw={600}>
            {current.headName} ({current.kpmNo})
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => onChange("")}>
            {t("pkh.aduan.changeKpm")}
          </Button>
        </Group>
      </Stack>
    );
  const rows = !found.loading && !found.error ? found.data : [];
  return (
    <Stack gap={4}>
      <TextInput
        label={label}
        placeholder={t("pkh.aduan.findKpm")}
        withAsterisk
        value={find}
        onChange={(e) => setFind(e.currentTarget.value)}
        error={error}
      />
      {rows.map(({ household: h }) => (
        <Button
          key={h.id}
          variant="light"
          size="compact-sm"
          w="fit-content"
          onClick={() => {
            onChange(h.id);
            setFind("");
          }}
        >
          {t("pkh.aduan.chooseKpm", { name: h.headName, no: h.kpmNo })}
        </Button>
      ))}
      {find.trim() && rows.length === 0 && !found.loading && (
        <Text size="sm" c="dimmed">
          {t("pkh.aduan.noKpmFound")}
        </Text>
      )}
    </Stack>
  );
}
