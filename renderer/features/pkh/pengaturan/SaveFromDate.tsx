// Why: every dated PKH setting (amounts, limits, commitment rules) is saved the same way: from a date, with the
// problem shown under it; what applied before that date stays as it was.
import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateField } from "../../../app/DateField";

type Props = {
  from: string;
  setFrom: (v: string) => void;
  busy: boolean;
  error: string | null;
  label: string;
  onSave: () => void;
};

export function SaveFromDate({ from, setFrom, busy, error, label, onSave }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Group align="end">
        <DateField label={t("pkh.pengaturan.from")} withAsterisk value={from} onChange={setFrom} />
        <Button onClick={onSave} loading={busy} disabled={!from}>
          {label}
        </Button>
      </Group>
      {error && (
        <Text c="red" size="sm">
          {error}
        </Text>
      )}
    </>
  );
}
