// Why: "Import Buku Rekod lama": the shared import screen with the Buku Rekod's fields, rules and commit.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useActor } from "../../app/session";
import { bukuRekodKind } from "./buku-rekod-kind";
import { ImportWizard } from "./ImportWizard";

export function ImportBukuRekodPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const kind = useMemo(() => bukuRekodKind(actor, t), [actor, t]);
  return <ImportWizard kind={kind} />;
}
