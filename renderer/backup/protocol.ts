// Why: the messages between the screen and the backup worker: one request per job, progress on the way, one answer.
import type { AppVersions, Progress } from "./jobs";
import type * as jobs from "./jobs";

export const jobNames = [
  "makeBackup",
  "verifyBackup",
  "deriveKey",
  "inspectBackup",
  "restoreBackup",
] as const;
export type JobName = (typeof jobNames)[number];
export type JobArgs<N extends JobName> = Parameters<(typeof jobs)[N]>[0];
export type JobResult<N extends JobName> = Awaited<ReturnType<(typeof jobs)[N]>>;

export type JobRequest = { id: number; job: JobName; args: unknown };
export type JobReply =
  | { id: number; type: "progress"; progress: Progress }
  | { id: number; type: "done"; result: unknown }
  | { id: number; type: "error"; problem: string | null; message: string };

export type { AppVersions, Progress };
