// Why: a print view is drawn only while printing: shown, painted, handed to the host's print, then gone (also when the
// browser's own print dialog closes first).
import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/** `printing` draws the view; `onPaper(action)` shows it, waits for it to be painted, runs `action`, hides it. */
export function usePrintView(): { printing: boolean; onPaper(action: () => Promise<void>): Promise<void> } {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener("afterprint", done);
    return () => window.removeEventListener("afterprint", done);
  }, [printing]);
  const onPaper = async (action: () => Promise<void>) => {
    flushSync(() => setPrinting(true));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    try {
      await action();
    } finally {
      setPrinting(false);
    }
  };
  return { printing, onPaper };
}
