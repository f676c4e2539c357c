// Why: a table that fails to read while a screen renders (useLiveQuery rethrows in render) leads to the recovery
// screen, and any other render failure to a plain message with a reload, never to a white page.
import { Alert, Button, Center, Stack } from "@mantine/core";
import { Component, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { reportStorageFailure } from "./storage-failure";

type State = { failed: boolean };

export class StorageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // A storage failure switches the whole window to the recovery screen (Boot listens).
    if (!reportStorageFailure(error)) console.error(error);
  }

  override render() {
    return this.state.failed ? <RenderFailed /> : this.props.children;
  }
}

function RenderFailed() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh">
      <Stack maw={520}>
        <Alert color="red" title={t("e.title")}>
          {t("e.unexpected")}
        </Alert>
        <Button variant="light" w="fit-content" onClick={() => location.reload()}>
          {t("pemulihan.reload")}
        </Button>
      </Stack>
    </Center>
  );
}
