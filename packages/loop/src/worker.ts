/** Runs any subset of the stages as BullMQ workers, with set concurrency and a graceful stop. */
import type { Store } from "@puzzleloop/store";
import { type Job, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { ModelRegistry } from "./models.ts";
import { type LoopQueues, persistQueueName, STAGES, type Stage } from "./queues.ts";
import { PREFIX } from "./redis/keys.ts";
import { unlessCancelled } from "./round-control.ts";
import { createContext, type StageContext } from "./stages/context.ts";
import { processGenerate } from "./stages/generate.ts";
import { processPersist } from "./stages/persist.ts";
import { finishIfComplete } from "./stages/shared.ts";
import { processSolve } from "./stages/solve.ts";
import { processVerify } from "./stages/verify.ts";

export interface WorkerOptions {
  /**
   * Stages to run.
   * @defaultValue all four
   */
  stages: readonly Stage[];
  /**
   * Jobs run at once, per stage. The persist stage always runs one at a time: it is the single writer.
   * @defaultValue generate 2, solve 4, verify 2, persist 1
   */
  concurrency: Partial<Record<Stage, number>>;
  /**
   * How long a job's lock lasts before a worker that stopped answering loses it, in ms.
   * @defaultValue 30000
   */
  lockDurationMs: number;
  /**
   * How often workers look for stalled jobs (held by a worker that died), in ms.
   * @defaultValue 15000
   */
  stalledIntervalMs: number;
}

export const DEFAULT_CONCURRENCY: Record<Stage, number> = { generate: 2, solve: 4, verify: 2, persist: 1 };

const PROCESSORS: Record<Stage, (ctx: StageContext, job: Job) => Promise<unknown>> = {
  generate: processGenerate,
  solve: processSolve,
  verify: processVerify,
  persist: processPersist,
};

export interface RunningWorkers {
  workers: Worker[];
  /** Stops taking jobs, lets the running ones finish, then disconnects. */
  close(): Promise<void>;
}

export function startWorkers(
  parts: { connection: Redis; queues: LoopQueues; models: ModelRegistry; store?: Store },
  options: Partial<WorkerOptions> = {},
): RunningWorkers {
  const stages = options.stages ?? STAGES;
  if (stages.includes("persist") && parts.store === undefined)
    throw new Error("the persist stage needs a store");
  const ctx = createContext({
    redis: parts.connection,
    queues: parts.queues,
    models: parts.models,
    ...(parts.store ? { store: parts.store } : {}),
  });
  const concurrency = { ...DEFAULT_CONCURRENCY, ...options.concurrency, persist: 1 };
  // Each worker blocks on its own connection. BullMQ leaves connections it was given open on close,
  // so they are closed here: an open socket would keep the process alive after the work is done.
  const connections: Redis[] = [];
  const workers = stages.map((stage) => {
    const connection = parts.connection.duplicate();
    connections.push(connection);
    // The persist stage takes only its own database's jobs (see LoopQueues.persistFor).
    const name = stage === "persist" ? persistQueueName((parts.store as Store).datasetId) : stage;
    const worker = new Worker(
      name,
      (job) => unlessCancelled(ctx.redis, stage, job, () => PROCESSORS[stage](ctx, job)),
      {
        connection,
        prefix: PREFIX,
        concurrency: concurrency[stage],
        lockDuration: options.lockDurationMs ?? 30_000,
        stalledInterval: options.stalledIntervalMs ?? 15_000,
        maxStalledCount: 2,
      },
    );
    worker.on("failed", (job, error) => {
      if (job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1)) {
        void giveUp(ctx, stage, job, error).catch(() => {});
      }
    });
    worker.on("error", () => {
      // Connection errors are retried by ioredis; a job's own errors arrive through 'failed'.
    });
    return worker;
  });
  return {
    workers,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      for (const connection of connections) connection.disconnect();
    },
  };
}

/**
 * A job that failed for good must not leave its round waiting: its puzzle counts as finished
 * (with what reached the database, possibly nothing), and the failure is kept for `watch`.
 */
async function giveUp(ctx: StageContext, stage: Stage, job: Job, error: Error): Promise<void> {
  const data = job.data as { round?: string; puzzle?: { hash: string }; type?: string };
  const round = data.round ?? (data as { plan?: { id: string } }).plan?.id;
  if (round === undefined) return;
  const state = ctx.state(round);
  await state.markFailed(job.id as string, `${stage}: ${error.message}`);
  await state.countOnce(`failed:${job.id}`, stage, { [`failed:${stage}`]: 1 });
  if (stage === "generate") await state.markGenerated(job.id as string, 0);
  else if (data.puzzle !== undefined) await state.add("persisted", data.puzzle.hash);
  await finishIfComplete(ctx, round);
}
