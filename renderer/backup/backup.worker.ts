// Why: backups and restores run here, off the screen's thread, so the app never freezes while a district is packed.
import { BackupError } from "../../shared/backup/errors";
import * as jobs from "./jobs";
import type { JobReply, JobRequest } from "./protocol";

const post = (reply: JobReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<JobRequest>) => {
  const { id, job, args } = event.data;
  try {
    const run = jobs[job] as (a: unknown, p: (progress: jobs.Progress) => void) => Promise<unknown>;
    const result = await run(args, (progress) => post({ id, type: "progress", progress }));
    const file = (result as { file?: Uint8Array } | null)?.file;
    post({ id, type: "done", result }, file ? [file.buffer] : []);
  } catch (e) {
    console.error(e);
    post({
      id,
      type: "error",
      problem: e instanceof BackupError ? e.problem : null,
      message: e instanceof Error ? e.message : String(e),
    });
  }
};
