// Why: every outreach counter's form ends the same way: one large confirm button that Ctrl+Enter also presses.
import { Button, Group, Stack, Text } from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import type { FormEvent, ReactNode } from "react";

export function CounterForm({
  submit,
  busy,
  label,
  testId,
  children,
}: {
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  busy: boolean;
  /** The confirm button's words. */
  label: string;
  /** The confirm button's data-testid. */
  testId: string;
  children: ReactNode;
}) {
  return (
    <form onSubmit={submit} noValidate onKeyDown={getHotkeyHandler([["mod+Enter", () => submit()]])}>
      <Stack gap="sm">
        {children}
        <Group>
          <Button type="submit" size="lg" loading={busy} data-testid={testId}>
            {label}
          </Button>
          <Text size="xs" c="dimmed">
            Ctrl+Enter
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
