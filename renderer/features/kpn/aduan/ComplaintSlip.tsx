// Why: the complainant's printed slip (office letterhead, reference number, what was received, the two charter
// deadlines, who received it), shown on screen and printed through the app's print path; always in Malay.
import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { IconPrinter } from "@tabler/icons-react";
import { useEffect, useMemo } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import {
  charterDaysOf,
  complaintSettingsOf,
  officeCalendar,
} from "../../../../shared/domain/kpn/complaint-settings";
import { complaintSlip, type ComplaintSlipModel } from "../../../../shared/reports/kpn/aduan/slip";
import { letterheadFrom } from "../../../../shared/reports/frame/text";
import { notifyError } from "../../../app/messages";
import { useOffice } from "../../../app/office-context";
import { useLive } from "../../../app/use-live";
import { usePrintView } from "../../../app/use-print-view";
import type { ComplaintRecord } from "../../../db/app-db";
import { db } from "../../../db/instance";
import { host } from "../../../host";
import { postOf } from "../../laporan/figures";
import { categoryLabel } from "./category-label";

/** The slip's model for a stored complaint, with the receiver's name and post read from the users table. */
export function useComplaintSlip(c: ComplaintRecord): ComplaintSlipModel | null {
  const office = useOffice();
  const { i18n } = useTranslation();
  const receiver = useLive(() => db.users.get(c.receivedBy), [c.receivedBy]);
  return useMemo(() => {
    if (receiver.loading || receiver.error) return null;
    const user = receiver.data;
    return complaintSlip(c, {
      letterhead: letterheadFrom(office, office.logo ?? null),
      categoryLabel: categoryLabel(i18n.getFixedT("ms"), complaintSettingsOf(office), c.category),
      receiver: { name: user?.name ?? "", post: user ? postOf(user) : "" },
      calendar: officeCalendar(office),
      days: charterDaysOf(office),
    });
  }, [c, office, receiver, i18n]);
}

/** The slip's content, the same on screen and on paper. */
export function ComplaintSlipBody({ slip }: { slip: ComplaintSlipModel }) {
  const logo = slip.letterhead.logo;
  const logoUrl = useMemo(
    () =>
      logo ? URL.createObjectURL(new Blob([logo.data as BlobPart], { type: `image/${logo.type}` })) : null,
    [logo],
  );
  useEffect(() => () => (logoUrl ? URL.revokeObjectURL(logoUrl) : undefined), [logoUrl]);
  return (
    <div className="complaint-slip" data-testid="complaint-slip">
      <header className="print-letterhead" style={{ textAlign: "center" }}>
        {logoUrl && <img src={logoUrl} alt="" style={{ height: "18mm", width: "auto" }} />}
        {slip.letterheadLines.map((line, i) => (
          <div key={line} style={i < 2 ? { fontWeight: 700 } : undefined}>
            {line}
          </div>
        ))}
      </header>
      <h1 className="print-title" style={{ textAlign: "center", fontSize: "13pt", margin: "8pt 0" }}>
        {slip.title}
      </h1>
      <table style={{ width: "100%", borderCollapse: "collapse" }}>
        <tbody>
          {slip.rows.map((r) => (
            <tr key={r.label}>
              <td style={{ width: "38%", fontWeight: 700, padding: "3pt 6pt 3pt 0", verticalAlign: "top" }}>
                {r.label}
              </td>
              <td style={{ padding: "3pt 0", whiteSpace: "pre-wrap" }}>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ border: "1pt solid #000", padding: "6pt", margin: "10pt 0" }}>{slip.promise}</p>
      <div style={{ marginTop: "18pt" }}>
        <div style={{ fontWeight: 700 }}>Diterima oleh:</div>
        <div style={{ height: "28pt" }} />
        <div>..............................................</div>
        <div>{slip.receivedBy.name}</div>
        <div>{slip.receivedBy.post}</div>
      </div>
    </div>
  );
}

/** The slip on screen with its Print button; the printed copy is drawn only while printing. */
export function ComplaintSlip({ complaint }: { complaint: ComplaintRecord }) {
  const { t } = useTranslation();
  const slip = useComplaintSlip(complaint);
  const { printing, onPaper } = usePrintView();
  if (!slip) return null;
  const print = () => onPaper(() => host.print()).catch((e: unknown) => notifyError(t, e));
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t("kpnAduan.slip.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("kpnAduan.slip.hint")}
        </Text>
        <Paper withBorder p="md" bg="white" style={{ maxWidth: 640 }}>
          <ComplaintSlipBody slip={slip} />
        </Paper>
        <Button
          leftSection={<IconPrinter size={16} />}
          onClick={() => void print()}
          style={{ alignSelf: "flex-start" }}
          data-testid="print-slip"
        >
          {t("kpnAduan.slip.print")}
        </Button>
      </Stack>
      {printing &&
        createPortal(
          <div id="print-root" data-testid="slip-print">
            <style>{"@page { size: A4 portrait; margin: 20mm; }"}</style>
            <ComplaintSlipBody slip={slip} />
          </div>,
          document.body,
        )}
    </Paper>
  );
}
