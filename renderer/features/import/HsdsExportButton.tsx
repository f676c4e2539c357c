// Why: one button that saves the whole directory as an HSDS 3.0 package (.zip), wherever the directory is shown.
import { Button } from "@mantine/core";
import { IconFileZip } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notifyError, notifySaved } from "../../app/messages";
import { useActor } from "../../app/session";
import { exportDirectoryHsds } from "./hsds-export";

export function HsdsExportButton({ variant = "default" }: { variant?: "default" | "light" }) {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const r = await exportDirectoryHsds(actor);
      if (r.status === "saved") notifySaved(t, t("imp.hsds.saved", { name: r.fileName }));
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant={variant}
      leftSection={<IconFileZip size={16} />}
      loading={busy}
      onClick={() => void run()}
      data-testid="hsds-export"
    >
      {t("imp.hsds.export")}
    </Button>
  );
}
