// Why: "Import organisasi" (#/direktori/import): a district's own list (xlsx/csv) or an HSDS package through the
// shared import screen, and the directory's HSDS export beside it.
import { Group, SegmentedControl, Stack } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useActor } from "../../app/session";
import { HsdsExportButton } from "./HsdsExportButton";
import { ImportKindChoice } from "./ImportBukuRekodPage";
import { ImportWizard } from "./ImportWizard";
import { organisationsKind, type OrganisationSource } from "./organisations-kind";

export function ImportOrganisationsPage() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const [source, setSource] = useState<OrganisationSource>("sheet");
  const kind = useMemo(() => organisationsKind(actor, t, source), [actor, t, source]);
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <ImportKindChoice value="direktori" />
          <SegmentedControl
            value={source}
            onChange={(v) => setSource(v as OrganisationSource)}
            data={[
              { value: "sheet", label: t("imp.org.fromSheet") },
              { value: "hsds", label: t("imp.hsds.fromPackage") },
            ]}
            aria-label={t("imp.org.source")}
          />
        </Group>
        <HsdsExportButton />
      </Group>
      <ImportWizard key={source} kind={kind} />
    </Stack>
  );
}
