// Why: "Import Buku Rekod lama": the shared import screen with the Buku Rekod's fields, rules and commit; the other
// kind of import (organisations into the directory) is one choice away.
import { Group, SegmentedControl, Stack } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useActor } from "../../app/session";
import { bukuRekodKind } from "./buku-rekod-kind";
import { ImportWizard } from "./ImportWizard";

/** The kinds of import the app offers, by their screen. */
export function ImportKindChoice({ value }: { value: "buku-rekod" | "direktori" }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <SegmentedControl
      value={value}
      onChange={(v) => navigate(v === "direktori" ? "/direktori/import" : "/buku-rekod/import")}
      aria-label={t("imp.kindChoice")}
      data={[
        { value: "buku-rekod", label: t("imp.kind.bukuRekod") },
        { value: "direktori", label: t("imp.kind.direktori") },
      ]}
    />
  );
}

export function ImportBukuRekodPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const kind = useMemo(() => bukuRekodKind(actor, t), [actor, t]);
  return (
    <Stack>
      <Group>
        <ImportKindChoice value="buku-rekod" />
      </Group>
      <ImportWizard kind={kind} />
    </Stack>
  );
}
