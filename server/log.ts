// Why: the hub's log is read by an office's administrator: one line per event, a time and plain words.
export type HubLog = {
  info(text: string): void;
  warn(text: string): void;
  error(text: string): void;
};

/** Lines on stdout (info) and stderr (warnings, errors), stamped with the local time. */
export function consoleLog(): HubLog {
  const stamp = () => new Date().toISOString().replace("T", " ").slice(0, 19);
  return {
    info: (t) => console.log(`${stamp()}  ${t}`),
    warn: (t) => console.warn(`${stamp()}  AMARAN  ${t}`),
    error: (t) => console.error(`${stamp()}  RALAT  ${t}`),
  };
}

/** A log kept in memory (tests read what the hub said). */
export function memoryLog(): HubLog & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (t) => lines.push(`INFO ${t}`),
    warn: (t) => lines.push(`WARN ${t}`),
    error: (t) => lines.push(`ERROR ${t}`),
  };
}
