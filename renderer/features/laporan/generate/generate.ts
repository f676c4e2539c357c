// Why: the screen's one way to make document files: in the worker (with progress), or inline where no worker exists.
import { AppError } from "../../../db/errors";
import { runJobs, type GenerateReply, type Job } from "./protocol";
import { writers } from "./writers";

export type Progress = { done: number; total: number; fileName: string };

let worker: Worker | null = null;
let nextId = 1;

function startWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  worker ??= new Worker(new URL("./generate.worker.ts", import.meta.url), { type: "module" });
  return worker;
}

/** Makes each job's file, in order; `onProgress` hears which file is being made. */
export function makeFiles(
  jobs: Job[],
  onProgress?: (p: Progress) => void,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const w = startWorker();
  if (!w)
    return runJobs(
      jobs,
      (id) => writers[id](),
      (done, total, fileName) => onProgress?.({ done, total, fileName }),
    );
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<GenerateReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === "progress") {
        onProgress?.({ done: reply.done, total: reply.total, fileName: reply.fileName });
        return;
      }
      w.removeEventListener("message", onMessage);
      w.removeEventListener("error", onError);
      if (reply.type === "done") resolve(reply.files);
      else reject(new AppError(reply.message));
    };
    const onError = (event: ErrorEvent) => {
      console.error(event.message);
      w.removeEventListener("message", onMessage);
      w.removeEventListener("error", onError);
      // A worker that failed to start is replaced on the next try.
      worker?.terminate();
      worker = null;
      reject(new AppError("e.reportFailed"));
    };
    w.addEventListener("message", onMessage);
    w.addEventListener("error", onError);
    w.postMessage({ id, jobs });
  });
}
