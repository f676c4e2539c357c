// Why: every IPC call must come from the app's own page, never from another origin or a detached frame.
import { isAppUrl } from "./app-protocol";

/** The part of Electron's WebFrameMain the check needs (kept structural so it is testable without Electron). */
export type SenderFrameLike = { readonly url: string } | null | undefined;

/** True when the frame exists and shows a page of app://rekod/. */
export function isTrustedSender(frame: SenderFrameLike): boolean {
  if (!frame) return false;
  let url: unknown;
  try {
    url = frame.url;
  } catch {
    // A destroyed WebFrameMain throws on property access.
    return false;
  }
  return typeof url === "string" && isAppUrl(url);
}

/** Throws `host.forbidden` unless the frame is trusted. */
export function assertTrustedSender(frame: SenderFrameLike): void {
  if (!isTrustedSender(frame)) throw new Error("host.forbidden");
}
