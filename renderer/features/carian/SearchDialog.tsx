// Why: every office's header search (JKM's persons and cases, PKH's KPM) opens the same way (button or Ctrl+K, a
// dialog) and is steered the same way from its box (arrows move, Enter opens); each programme brings its own results.
import { Button, Kbd, Modal, TextInput } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState, type ComponentType, type Dispatch, type SetStateAction } from "react";

export function SearchDialog({
  buttonLabel,
  title,
  Panel,
}: {
  buttonLabel: string;
  title: string;
  Panel: ComponentType<{ onDone: () => void }>;
}) {
  const [open, setOpen] = useState(false);
  useHotkeys([["mod+K", () => setOpen(true)]], []);
  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconSearch size={14} />}
        rightSection={<Kbd size="xs">Ctrl K</Kbd>}
        onClick={() => setOpen(true)}
        data-testid="search-button"
      >
        {buttonLabel}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title} size="lg" yOffset="8vh">
        {open && <Panel onDone={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

/** The dialog's box: what is typed, and the arrows and Enter over `count` results (`active` is the highlighted one). */
export function SearchInput({
  placeholder,
  value,
  onChange,
  count,
  setActive,
  onEnter,
}: {
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
  count: number;
  setActive: Dispatch<SetStateAction<number>>;
  onEnter: () => void;
}) {
  return (
    <TextInput
      data-autofocus
      autoFocus
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data-testid="search-input"
      onKeyDown={(e) => {
        if (e.key === "ArrowDown") {
          e.preventDefault();
          setActive((a) => Math.min(a + 1, count - 1));
        } else if (e.key === "ArrowUp") {
          e.preventDefault();
          setActive((a) => Math.max(a - 1, 0));
        } else if (e.key === "Enter" && count > 0) {
          e.preventDefault();
          onEnter();
        }
      }}
    />
  );
}
