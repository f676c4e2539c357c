// Why: the printable recovery sheet: the office, where backups are, how to restore, and the passphrase (written by
// hand, or printed once right after it was set), on A4 through the host's print.
import { Button } from "@mantine/core";
import { IconPrinter } from "@tabler/icons-react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../app/format";
import { notifyError } from "../../app/messages";
import { useOffice } from "../../app/office-context";
import { usePrintView } from "../../app/use-print-view";
import { host } from "../../host";

export function RecoverySheetButton({
  passphrase,
  location,
}: {
  passphrase: string | null;
  location: string;
}) {
  const { t } = useTranslation();
  const { printing, onPaper } = usePrintView();
  const print = () => onPaper(() => host.print()).catch((e: unknown) => notifyError(t, e));
  return (
    <>
      <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => void print()}>
        {t("sandaran.sheet.print")}
      </Button>
      {printing && <RecoverySheet passphrase={passphrase} location={location} />}
    </>
  );
}

function RecoverySheet({ passphrase, location }: { passphrase: string | null; location: string }) {
  // The sheet is always in Malay: it is kept with the office's papers.
  const { i18n } = useTranslation();
  const t = i18n.getFixedT("ms");
  const office = useOffice();
  const row = (label: string, value: string, testId?: string) => (
    <tr>
      <td style={{ width: "35%", fontWeight: 700, padding: "4pt 0", verticalAlign: "top" }}>{label}</td>
      <td style={{ padding: "4pt 0" }} data-testid={testId}>
        {value}
      </td>
    </tr>
  );
  return createPortal(
    <div id="print-root" data-testid="recovery-sheet">
      <style>{"@page { size: A4 portrait; margin: 20mm; }"}</style>
      <h1 className="print-title">{t("sandaran.sheet.title")}</h1>
      <table style={{ width: "100%", borderCollapse: "collapse", margin: "8pt 0 12pt" }}>
        <tbody>
          {row(t("sandaran.sheet.office"), `${office.officeName}, ${office.district}, ${office.state}`)}
          {row(t("sandaran.sheet.where"), location)}
          {row(t("sandaran.sheet.made"), formatDateTime(new Date().toISOString()))}
          {row(
            t("sandaran.sheet.passphrase"),
            passphrase ?? `______________________________  ${t("sandaran.sheet.passphraseBlank")}`,
            "sheet-passphrase",
          )}
        </tbody>
      </table>
      <h2 style={{ fontSize: "12pt" }}>{t("sandaran.sheet.howTitle")}</h2>
      <ol>
        {["step1", "step2", "step3", "step4", "step5"].map((s) => (
          <li key={s} style={{ marginBottom: "4pt" }}>
            {t(`sandaran.sheet.${s}`)}
          </li>
        ))}
      </ol>
      <p style={{ fontWeight: 700, border: "1pt solid #000", padding: "6pt", marginTop: "14pt" }}>
        {t("sandaran.sheet.keep")}
      </p>
    </div>,
    document.body,
  );
}
