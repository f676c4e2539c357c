// Why: a field that cannot be changed must look so (grey, no edit border), not only refuse the change; filter selects stay as they are.
import { Autocomplete, NumberInput, Textarea, TextInput } from "@mantine/core";
import "./read-only.css";

/** Adds the `ro-input` class to a field's input when the field is read-only (its own prop, not Select's inner one). */
const look = {
  classNames: (_theme: unknown, props: { readOnly?: boolean }) => ({
    input: props.readOnly ? "ro-input" : "",
  }),
};

/**
 * Theme entries for the typed fields. Not Select: its inner input is read-only whenever it is not searchable, so a
 * filter would look locked too; a read-only Select already shows no list and no chevron action.
 */
export const readOnlyComponents = {
  TextInput: TextInput.extend(look),
  Textarea: Textarea.extend(look),
  NumberInput: NumberInput.extend(look),
  Autocomplete: Autocomplete.extend(look),
};
