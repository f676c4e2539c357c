// Why: the renderer only ever sees `host.*` message keys, never stack traces, paths or Electron's wrapping text.
const HOST_KEY = /^host\.[A-Za-z]+$/;
const HOST_KEY_AT_END = /(host\.[A-Za-z]+)\s*$/;

/** Fallback key for errors the host did not anticipate. */
export const UNEXPECTED_HOST_ERROR = "host.unexpected";

/** Main side: keeps a `host.*` error as is; anything else becomes `host.unexpected` (the caller logs the original). */
export function toHostError(error: unknown): Error {
  if (error instanceof Error && HOST_KEY.test(error.message)) return error;
  return new Error(UNEXPECTED_HOST_ERROR);
}

/**
 * Preload side: Electron rejects `ipcRenderer.invoke` with
 * "Error invoking remote method 'host:x': Error: host.writeFailed"; this recovers the bare key.
 */
export function hostErrorKey(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return HOST_KEY_AT_END.exec(message)?.[1] ?? UNEXPECTED_HOST_ERROR;
}
