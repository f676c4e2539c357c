// Why: a timeline entry reads in the reader's language: events from their code and params, notes as the officer typed them.
import type { TFunction } from "i18next";
import type { CaseNoteRecord } from "../../../db/app-db";

/** An entry's words: an event from its code and params, an officer's note (or an entry from before codes) as typed. */
export function entryText(t: TFunction, n: Pick<CaseNoteRecord, "text" | "event" | "params">): string[] {
  if (!n.event) return [n.text];
  const p = n.params ?? {};
  const lines = [t(`bukuRekod.event.${n.event}`, p)];
  if (p.nextStep) lines.push(t("bukuRekod.event.nextStep", p));
  return lines;
}
