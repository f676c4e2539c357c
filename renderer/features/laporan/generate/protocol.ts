// Why: the messages between the Laporan screen and the document worker, typed once for both sides.
import type { WriterId } from "./writers";

export type Job = { writer: WriterId; model: unknown; fileName: string };
export type GenerateRequest = { id: number; jobs: Job[] };
export type GenerateReply =
  | { id: number; type: "progress"; done: number; total: number; fileName: string }
  | { id: number; type: "done"; files: Uint8Array<ArrayBuffer>[] }
  | { id: number; type: "error"; message: string };

/** Runs the jobs one after another, telling before each which file is being made. */
export async function runJobs(
  jobs: readonly Job[],
  load: (writer: WriterId) => Promise<(model: unknown) => Promise<Uint8Array<ArrayBuffer>>>,
  progress: (done: number, total: number, fileName: string) => void,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const files: Uint8Array<ArrayBuffer>[] = [];
  for (const [i, job] of jobs.entries()) {
    progress(i, jobs.length, job.fileName);
    const write = await load(job.writer);
    files.push(await write(job.model));
  }
  progress(jobs.length, jobs.length, "");
  return files;
}
