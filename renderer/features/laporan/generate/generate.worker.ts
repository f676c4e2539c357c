// Why: documents are laid out and zipped here, off the screen's thread, so the app never freezes while a report is made.
import { runJobs, type GenerateReply, type GenerateRequest } from "./protocol";
import { isWriterId, writers } from "./writers";

const post = (reply: GenerateReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

self.addEventListener("message", (event: MessageEvent<GenerateRequest>) => {
  const { id, jobs } = event.data;
  void (async () => {
    try {
      if (!Array.isArray(jobs) || !jobs.every((j) => isWriterId(j.writer))) throw new Error("e.reportFailed");
      const files = await runJobs(
        jobs,
        (w) => writers[w](),
        (done, total, fileName) => post({ id, type: "progress", done, total, fileName }),
      );
      post(
        { id, type: "done", files },
        files.map((f) => f.buffer as ArrayBuffer),
      );
    } catch (e) {
      console.error(e);
      post({
        id,
        type: "error",
        message: e instanceof Error && e.message.startsWith("e.") ? e.message : "e.reportFailed",
      });
    }
  })();
});
