/** Messages between the pool and its child processes. */
import type { Job, Limits, VerifyResult } from "./types.ts";

export interface Task {
  job: Job;
  limits: Limits;
  seed?: number;
}

/** Parent to child: verify these tasks in order. */
export interface BatchMessage {
  type: "batch";
  batch: number;
  tasks: Task[];
}

/** Child to parent: results for `tasks[from .. from + results.length)` of a batch. */
export type ChildMessage =
  | { type: "ready" }
  | { type: "results"; batch: number; from: number; results: VerifyResult[] };
