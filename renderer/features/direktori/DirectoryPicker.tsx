// Why: every screen that names an organisation picks it from the directory the same way: type words of its name, a
// service or its phone, and choose among the few matches read through the indexes (fit for thousands of entries).
import { MultiSelect, Select, Stack, Text, type MultiSelectProps, type SelectProps } from "@mantine/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OrganisationRecord } from "../../db/app-db";
import { pickOrganisations } from "../../db/directory-list";
import { db } from "../../db/instance";
import { joinParts } from "../../app/format";
import { useLive } from "../../app/use-live";

/** How many matches a picker lists at once; more typed words narrow it. */
const PICK_LIMIT = 30;

/**
 * The entries typed words match, plus the chosen ones (so a choice keeps its label whatever is typed). Nothing is
 * read for the list until the dropdown opens or something is typed: a form may hold a picker per attendee.
 */
function useChoices(t: TFunction, search: string, chosenIds: readonly string[], open: boolean) {
  const chosen = useLive(() => db.organisations.bulkGet([...chosenIds]), [chosenIds.join(" ")]);
  const chosenRows = chosen.loading || chosen.error ? [] : chosen.data;
  // The box shows the chosen entry's name once picked: the list then offers every entry again, not just that one.
  const query = chosenRows.some((o) => o?.name === search) ? "" : search;
  const wanted = open || query.trim() !== "";
  const found = useLive(
    () => (wanted ? pickOrganisations(db, query, PICK_LIMIT) : Promise.resolve([])),
    [query, wanted],
  );
  const rows = [...chosenRows, ...(found.loading || found.error ? [] : found.data)].filter(
    (o): o is OrganisationRecord => !!o,
  );
  const byId = new Map(rows.map((o) => [o.id, o]));
  // A chosen id no longer stored (an old draft) keeps a label that says so, never a bare id.
  const gone = chosen.loading || chosen.error ? [] : chosenIds.filter((id) => !byId.has(id));
  const data = [
    ...[...byId.values()].map((o) => ({ value: o.id, label: o.name })),
    ...gone.map((id) => ({ value: id, label: t("direktori.notFound") })),
  ];
  return { data, byId };
}

/** An option with its kind, area and phone under the name, so two branches of one body can be told apart. */
function optionWith(t: TFunction, byId: Map<string, OrganisationRecord>) {
  return ({ option }: { option: { value: string; label: string } }) => {
    const o = byId.get(option.value);
    const more = o ? joinParts(t(`code.orgKind.${o.kind}`), o.area, o.phone || o.mobile) : "";
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
  onChange: (id: string | null, organisation: OrganisationRecord | null) => void;
};

/** One organisation from the directory. */
export function DirectoryPicker({ value, onChange, searchValue, onSearchChange, ...rest }: PickerProps) {
  const { t } = useTranslation();
  const [own, setOwn] = useState("");
  const [open, setOpen] = useState(false);
  const search = searchValue ?? own;
  const { data, byId } = useChoices(t, search, value ? [value] : [], open);
  return (
    <Select
      placeholder={t("direktori.pickerPlaceholder")}
      nothingFoundMessage={t("direktori.pickerNothing")}
      searchable
      clearable
      {...rest}
      data={data}
      filter={asFound}
      renderOption={optionWith(t, byId)}
      searchValue={search}
      onSearchChange={(s) => {
        setOwn(s);
        onSearchChange?.(s);
      }}
      onDropdownOpen={() => setOpen(true)}
      onDropdownClose={() => setOpen(false)}
      value={value}
      onChange={(v) => onChange(v, v ? (byId.get(v) ?? null) : null)}
    />
  );
}

type MultiProps = Omit<MultiSelectProps, "data" | "value" | "onChange" | "filter"> & {
  value: string[];
  onChange: (ids: string[]) => void;
};

/** Several organisations from the directory (a programme's or a tour's partners). */
export function DirectoryMultiPicker({ value, onChange, ...rest }: MultiProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [open, setOpen] = useState(false);
  const { data, byId } = useChoices(t, search, value, open);
  return (
    <MultiSelect
      placeholder={t("direktori.pickerPlaceholder")}
      nothingFoundMessage={t("direktori.pickerNothing")}
      searchable
      clearable
      {...rest}
      data={data}
      filter={asFound}
      renderOption={optionWith(t, byId)}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpen(true)}
      onDropdownClose={() => setOpen(false)}
      value={value}
      onChange={onChange}
    />
  );
}
