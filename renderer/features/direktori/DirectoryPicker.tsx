// Why: every screen that names an organisation picks it from the directory the same way: type words of its name, a
// service or its phone, and choose among the few matches read through the indexes (fit for thousands of entries).
import { MultiSelect, Select, Stack, Text, type MultiSelectProps, type SelectProps } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OrganisationRecord } from "../../db/app-db";
import { pickOrganisations } from "../../db/directory-list";
import { db } from "../../db/instance";
import { joinParts } from "../../app/format";
import { useLive } from "../../app/use-live";

/** How many matches a picker lists at once; more typed words narrow it. */
const PICK_LIMIT = 30;

/** The entries typed words match, plus the chosen ones (so a choice keeps its label whatever is typed). */
function useChoices(search: string, chosenIds: readonly string[]) {
  const chosen = useLive(() => db.organisations.bulkGet([...chosenIds]), [chosenIds.join(" ")]);
  const chosenRows = chosen.loading || chosen.error ? [] : chosen.data;
  // The box shows the chosen entry's name once picked: the list then offers every entry again, not just that one.
  const query = chosenRows.some((o) => o?.name === search) ? "" : search;
  const found = useLive(() => pickOrganisations(db, query, PICK_LIMIT), [query]);
  const rows = [...chosenRows, ...(found.loading || found.error ? [] : found.data)].filter(
    (o): o is OrganisationRecord => !!o,
  );
  const byId = new Map(rows.map((o) => [o.id, o]));
  const data = [...byId.values()].map((o) => ({ value: o.id, label: o.name }));
  return { data, byId };
}

/** An option with its area and phone under the name, so two branches of one body can be told apart. */
function optionWith(byId: Map<string, OrganisationRecord>) {
  return ({ option }: { option: { value: string; label: string } }) => {
    const o = byId.get(option.value);
    const more = o ? joinParts(o.area, o.phone || o.mobile) : "";
    return (
      <Stack gap={0}>
        <Text size="sm">{option.label}</Text>
        {more && (
          <Text size="xs" c="dimmed">
            {more}
          </Text>
        )}
      </Stack>
    );
  };
}

/** Matching is done by the indexes; Mantine's own filter would hide a match found by phone or service word. */
const asFound = ({ options }: { options: unknown[] }) => options as never;

type PickerProps = Omit<SelectProps, "data" | "value" | "onChange" | "filter"> & {
  value: string | null;
  onChange: (id: string | null) => void;
};

/** One organisation from the directory. */
export function DirectoryPicker({ value, onChange, searchValue, onSearchChange, ...rest }: PickerProps) {
  const { t } = useTranslation();
  const [own, setOwn] = useState("");
  const search = searchValue ?? own;
  const { data, byId } = useChoices(search, value ? [value] : []);
  return (
    <Select
      placeholder={t("direktori.pickerPlaceholder")}
      nothingFoundMessage={t("direktori.pickerNothing")}
      searchable
      clearable
      {...rest}
      data={data}
      filter={asFound}
      renderOption={optionWith(byId)}
      searchValue={search}
      onSearchChange={(s) => {
        setOwn(s);
        onSearchChange?.(s);
      }}
      value={value}
      onChange={(v) => onChange(v)}
    />
  );
}

type MultiProps = Omit<MultiSelectProps, "data" | "value" | "onChange" | "filter"> & {
  value: string[];
  onChange: (ids: string[]) => void;
};

/** Several organisations from the directory (a programme's partners). */
export function DirectoryMultiPicker({ value, onChange, ...rest }: MultiProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const { data, byId } = useChoices(search, value);
  return (
    <MultiSelect
      placeholder={t("direktori.pickerPlaceholder")}
      nothingFoundMessage={t("direktori.pickerNothing")}
      searchable
      clearable
      {...rest}
      data={data}
      filter={asFound}
      renderOption={optionWith(byId)}
      searchValue={search}
      onSearchChange={setSearch}
      value={value}
      onChange={onChange}
    />
  );
}
