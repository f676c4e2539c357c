// Why: one wording of the hub's state for the header and Tetapan: when it last synced, or why it could not.
import type { TFunction } from "i18next";
import type { HubLinkRow } from "../../db/hub/link";
import type { HubRunnerState } from "./runner";

/** "baru sahaja", "3 minit lalu", "2 jam lalu", or the day and time. */
export function agoText(t: TFunction, iso: string, now = Date.now()): string {
  const minutes = Math.floor((now - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return t("hub.ago.now");
  if (minutes < 60) return t("hub.ago.minutes", { count: minutes });
  if (minutes < 24 * 60) return t("hub.ago.hours", { count: Math.floor(minutes / 60) });
  return t("hub.ago.days", { count: Math.floor(minutes / 1440) });
}

/** The problem as a sentence ("hub.problem.<code>"; host keys lose their dot). */
export function problemText(
  t: TFunction,
  code: string,
  extra: { retryAfter?: number; office?: string } = {},
): string {
  const key = `hub.problem.${code.replace(/^host\./, "")}`;
  return t(key, {
    seconds: extra.retryAfter ?? 60,
    name: extra.office ?? "",
    defaultValue: t("hub.problem.other", { code }),
  });
}

export type HubLine = { tone: "ok" | "busy" | "offline" | "stopped"; text: string };

/** The header's line: synced, syncing, or offline with changes waiting (and why). */
export function hubLine(t: TFunction, link: HubLinkRow, runner: HubRunnerState, waiting: number): HubLine {
  const problem = runner.last?.problem ?? link.lastProblem?.code;
  if (runner.busy && !problem) return { tone: "busy", text: t("hub.status.syncing") };
  if (problem) {
    const why = problemText(t, problem, { retryAfter: runner.last?.retryAfter });
    const stopped = !["host.hubUnreachable", "host.hubTimeout", "busy", "rateLimited"].includes(problem);
    return {
      tone: stopped ? "stopped" : "offline",
      text: waiting ? `${t("hub.status.offline", { count: waiting })} ${why}` : why,
    };
  }
  if (link.lastSyncAt)
    return { tone: "ok", text: t("hub.status.synced", { ago: agoText(t, link.lastSyncAt) }) };
  return { tone: "busy", text: t("hub.status.firstSync") };
}
