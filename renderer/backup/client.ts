// Why: the screen's one way to run a backup job: in the backup worker (with progress), or inline where none exists.
import { BackupError, type BackupProblem } from "../../shared/backup/errors";
import * as jobs from "./jobs";
import type { JobArgs, JobName, JobReply, JobResult, Progress } from "./protocol";

let makeWorker: (() => Worker) | null = () =>
  new Worker(new URL("./backup.worker.ts", import.meta.url), { type: "module" });
let worker: Worker | null = null;
let nextId = 1;

/** Lets the bench (or a test) start the worker from its own bundle; null runs every job inline. */
export function setBackupWorkerFactory(factory: (() => Worker) | null): void {
  worker?.terminate();
  worker = null;
  makeWorker = factory;
}

function startWorker(): Worker | null {
  if (typeof Worker === "undefined" || !makeWorker) return null;
  worker ??= makeWorker();
  return worker;
}

/**
 * Runs `job` with `args`. With `handOver`, the buffers of `args.file` go to the worker instead of being copied (the
 * caller's bytes are then empty): copying a district's file on the screen's thread would freeze it.
 */
export function runJob<N extends JobName>(
  job: N,
  args: JobArgs<N>,
  onProgress?: (p: Progress) => void,
  handOver = false,
): Promise<JobResult<N>> {
  const w = startWorker();
  if (!w) {
    const run = jobs[job] as (a: unknown, p: (progress: Progress) => void) => Promise<JobResult<N>>;
    return run(args, (p) => onProgress?.(p));
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const stop = () => {
      w.removeEventListener("message", onMessage);
      w.removeEventListener("error", onError);
    };
    const onMessage = (event: MessageEvent<JobReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === "progress") return onProgress?.(reply.progress);
      stop();
      if (reply.type === "done") resolve(reply.result as JobResult<N>);
      else
        reject(
          reply.problem
            ? new BackupError(reply.problem as BackupProblem, reply.message)
            : new Error(reply.message),
        );
    };
    const onError = (event: ErrorEvent) => {
      console.error(event.message);
      stop();
      worker?.terminate();
      worker = null;
      reject(new Error(`backup worker failed: ${event.message}`));
    };
    w.addEventListener("message", onMessage);
    w.addEventListener("error", onError);
    const file = (args as { file?: Uint8Array }).file;
    w.postMessage({ id, job, args }, handOver && file ? [file.buffer] : []);
  });
}
