// Why: every date is typed and shown dd/mm/yyyy whatever the PC's locale, and kept as yyyy-mm-dd in the data; a typed
// date is never silently dropped: out of range it is kept for the form to refuse with its reason, unreadable it is
// cleared with a message in place.
import { DateInput, type DateInputProps } from "@mantine/dates";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isValidIsoDate } from "../../shared/domain/dates";
import { tKey } from "./messages";

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

type Props = Omit<DateInputProps, "value" | "onChange" | "defaultValue" | "minDate" | "maxDate"> & {
  /** yyyy-mm-dd, or "" for none. */
  value?: string;
  onChange?: (value: string) => void;
  /** yyyy-mm-dd: days outside [minDate, maxDate] are greyed in the calendar; a typed one is still passed on. */
  minDate?: string;
  maxDate?: string;
};

export function DateField({ value, onChange, minDate, maxDate, error, onBlur, ...rest }: Props) {
  const { t } = useTranslation();
  const [unreadable, setUnreadable] = useState(false);
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      dateParser={parseTypedDate}
      clearable={!rest.withAsterisk}
      value={value || null}
      onChange={(v) => {
        setUnreadable(false);
        onChange?.(typeof v === "string" ? v : v ? new Date(v).toISOString().slice(0, 10) : "");
      }}
      // Mantine drops a typed day outside minDate/maxDate and keeps the old value without a word; greying the days
      // in the calendar instead lets the typed day through to the form's own check and its message.
      excludeDate={(day) =>
        (!!minDate && day.slice(0, 10) < minDate) || (!!maxDate && day.slice(0, 10) > maxDate)
      }
      onBlur={(e) => {
        const text = e.currentTarget.value.trim();
        const bad = text !== "" && parseTypedDate(text) === null;
        setUnreadable(bad);
        // Mantine would show the last good date again; the field is emptied instead, so nothing is saved unseen.
        if (bad) onChange?.("");
        onBlur?.(e);
      }}
      error={unreadable ? tKey(t, "v.date") : error}
      popoverProps={{ withinPortal: true }}
      {...rest}
    />
  );
}
