// Why: printing is reached from both the menu and IPC; A4 is the paper every Malaysian government office uses.
import type { WebContents } from "electron";

/** Opens the system print dialog for `contents` on A4; a cancelled dialog is not an error. */
export function printContents(contents: WebContents): Promise<void> {
  return new Promise((resolve, reject) => {
    contents.print({ pageSize: "A4", printBackground: true }, (success, failureReason) => {
      if (success || /cancel/i.test(failureReason)) resolve();
      else reject(new Error("host.printFailed"));
    });
  });
}

/** Renders `contents` to A4 PDF bytes; throws `host.printFailed`. */
export async function pdfOf(contents: WebContents, landscape: boolean): Promise<Uint8Array> {
  try {
    // The page size and margins come from the document's @page rules when it has them (the official report frame).
    return await contents.printToPDF({
      pageSize: "A4",
      landscape,
      printBackground: true,
      preferCSSPageSize: true,
    });
  } catch (cause) {
    throw new Error("host.printFailed", { cause });
  }
}
