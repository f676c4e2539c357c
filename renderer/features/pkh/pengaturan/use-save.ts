// Why: each part of a PKH office's settings saves the same way: one audited write of the office record, a field
// problem shown as a message under the part.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notifyError, notifySaved, tKey } from "../../../app/messages";
import { useOffice } from "../../../app/office-context";
import { useActor } from "../../../app/session";
import { ValidationError } from "../../../db/errors";
import { db } from "../../../db/instance";
import { updatePkhSettings } from "../../../db/repositories/pkh/settings";

/** Saves one part of the settings; field problems come back as messages under the part. */
export function useSave() {
  const { t } = useTranslation();
  const { actor } = useActor();
  const office = useOffice();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (patch: Parameters<typeof updatePkhSettings>[4]) => {
    setBusy(true);
    setError(null);
    try {
      await updatePkhSettings(db, actor, office.rev, office, patch);
      notifySaved(t);
    } catch (e) {
      if (e instanceof ValidationError) setError(tKey(t, Object.values(e.fields)[0]) ?? t("e.validation"));
      else notifyError(t, e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, save };
}
