// Why: every date is typed and shown dd/mm/yyyy whatever the PC's locale, and kept as yyyy-mm-dd in the data.
import { DateInput, type DateInputProps } from "@mantine/dates";
import { isValidIsoDate } from "../../shared/domain/dates";

/** Reads "23/11/2026", "23-11-2026" or "2026-11-23"; null when it is not a real date. */
export function parseTypedDate(text: string): string | null {
  const s = text.trim();
  const m = s.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  const iso = m
    ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`
    : /^\d{4}-\d{2}-\d{2}$/.test(s)
      ? s
      : null;
  return iso && isValidIsoDate(iso) ? iso : null;
}

type Props = Omit<DateInputProps, "value" | "onChange" | "defaultValue"> & {
  /** yyyy-mm-dd, or "" for none. */
  value?: string;
  onChange?: (value: string) => void;
};

export function DateField({ value, onChange, ...rest }: Props) {
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      dateParser={parseTypedDate}
      clearable={!rest.withAsterisk}
      value={value || null}
      onChange={(v) =>
        onChange?.(typeof v === "string" ? v : v ? new Date(v).toISOString().slice(0, 10) : "")
      }
      popoverProps={{ withinPortal: true }}
      {...rest}
    />
  );
}
