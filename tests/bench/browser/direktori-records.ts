// Why: the Direktori bench scenarios (booklet and search) store the same generated organisations as the app stores
// them: search keys derived, record metadata stamped.
import { deriveOrganisation } from "../../../shared/domain/directory";
import type { OrganisationRecord } from "../../../renderer/db/app-db";
import { direktoriOrganisations } from "../../fixtures/reports/direktori";

export function storedOrganisations(n: number): OrganisationRecord[] {
  const at = new Date().toISOString();
  return direktoriOrganisations(n).map(
    (o) =>
      ({
        ...o,
        notes: "",
        ...deriveOrganisation({ ...o, notes: "" }),
        rev: 1,
        createdAt: at,
        createdBy: "bench",
        updatedAt: at,
        updatedBy: "bench",
      }) as unknown as OrganisationRecord,
  );
}
