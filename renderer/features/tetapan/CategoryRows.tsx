// Why: an editable list of category names (complaint categories of KPN and of PKH) reads and edits the same way:
// one box per category, a bin to remove it, a button to add one.
import { ActionIcon, Button, Group, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { Dispatch, SetStateAction } from "react";

export type CategoryRow = { key: number; code?: string; label: string };

type Props = {
  rows: CategoryRow[];
  setRows: Dispatch<SetStateAction<CategoryRow[]>>;
  /** The accessible name of the n-th box, of a row's bin, and the add button's text. */
  itemLabel: (n: number) => string;
  removeLabel: (name: string) => string;
  addLabel: string;
};

export function CategoryRows({ rows, setRows, itemLabel, removeLabel, addLabel }: Props) {
  return (
    <>
      {rows.map((r, i) => (
        <Group key={r.key} gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            aria-label={itemLabel(i + 1)}
            value={r.label}
            onChange={(e) => {
              const label = e.currentTarget.value;
              setRows((all) => all.map((x) => (x.key === r.key ? { ...x, label } : x)));
            }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={removeLabel(r.label)}
            onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        leftSection={<IconPlus size={16} />}
        style={{ alignSelf: "flex-start" }}
        onClick={() =>
          setRows((all) => [...all, { key: Math.max(0, ...all.map((x) => x.key)) + 1, label: "" }])
        }
      >
        {addLabel}
      </Button>
    </>
  );
}
