// Why: a field that cannot be changed must look so (grey, no edit border), not only refuse the change; filter selects stay as they are.
import { Autocomplete, MultiSelect, NumberInput, Select, Textarea, TextInput } from "@mantine/core";
import "./read-only.css";

/** Adds the `ro-input` class to a field's input when the field is read-only (its own prop, not Select's inner one). */
const look = {
  classNames: (_theme: unknown, props: { readOnly?: boolean }) => ({
    input: props.readOnly ? "ro-input" : "",
  }),
};

/** Theme entries for every kind of text field the forms use. */
export const readOnlyComponents = {
  TextInput: TextInput.extend(look),
  Textarea: Textarea.extend(look),
  NumberInput: NumberInput.extend(look),
  Select: Select.extend(look),
  MultiSelect: MultiSelect.extend(look),
  Autocomplete: Autocomplete.extend(look),
};
