// Why: every refusal the hub gives is one of the protocol's codes with its HTTP status, so a PC can word it in Malay.
import type { HubErrorBody, HubErrorCode } from "../shared/hub/protocol";

export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly code: HubErrorCode,
    detail?: string,
    readonly extra: Omit<HubErrorBody, "error" | "detail"> = {},
  ) {
    super(detail ?? code);
  }
  body(): HubErrorBody {
    return {
      error: this.code,
      ...(this.message !== this.code ? { detail: this.message } : {}),
      ...this.extra,
    };
  }
}
