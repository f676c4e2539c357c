// Why: the words of the email draft to the PKMD and the sizes shown before it is made, in the office's language.
import type { TFunction } from "i18next";
import type { OfficeRecord } from "../../db/app-db";
import { slug } from "../../../shared/reports/frame/text";
import type { Choice } from "./documents/types";

/** "2026-10": the period as the audit log and file names write it. */
export function periodSlugOf(choice: Pick<Choice, "year" | "month" | "quarter">): string {
  if (choice.quarter) return `${choice.year}-s${choice.quarter}`;
  return `${choice.year}-${String(choice.month).padStart(2, "0")}`;
}

/** A document attached to an email draft: its name in the office's language, and whether it is SULIT. */
export type MailedDocument = { name: string; sulit: boolean };

/**
 * Subject, body and draft file name of an email sending documents of one month to the PKMD. A draft carrying a SULIT
 * document says so: "SULIT" leads the subject, the document is marked in the list and the body asks for its care.
 */
export function emailText(
  t: TFunction,
  office: Pick<OfficeRecord, "language" | "district">,
  sender: string,
  documents: MailedDocument[],
  choice: Pick<Choice, "sites" | "year" | "month">,
): { subject: string; body: string; draftName: string } {
  const lng = office.language;
  const month = t(`laporan.monthNames.${choice.month}`, { lng });
  const place =
    choice.sites.length === 1 ? choice.sites[0]!.name : t("laporan.district", { name: office.district, lng });
  const period = `${month} ${choice.year}`;
  const sulit = documents.filter((d) => d.sulit).map((d) => d.name);
  const line = t("laporan.email.subjectLine", {
    documents: documents.map((d) => d.name).join(", "),
    place,
    period,
    lng,
  });
  const subject = sulit.length ? t("laporan.email.sulitSubject", { subject: line, lng }) : line;
  const list = documents
    .map((d, i) => `${i + 1}. ${d.sulit ? t("laporan.email.sulitItem", { name: d.name, lng }) : d.name}`)
    .join("\r\n");
  const body = t("laporan.email.body", { documents: list, place, period, sender, lng });
  const note = sulit.length ? t("laporan.email.sulitNote", { documents: sulit.join(", "), lng }) : "";
  const draftName = `emel_${slug(place) || "daerah"}_${periodSlugOf(choice)}.eml`;
  return { subject, body: note ? `${note}\r\n\r\n${body}` : body, draftName };
}
