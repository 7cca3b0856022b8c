/** Runs any subset of the stages as BullMQ workers, with set concurrency and a prompt, graceful stop. */
import type { Store } from "@puzzleloop/store";
import { type Job, WaitingError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { giveUp } from "./give-up.ts";
import type { ModelRegistry } from "./models.ts";
import { reportLine } from "./operator-log.ts";
import { type LoopQueues, persistQueueName, STAGES, type Stage } from "./queues.ts";
import { healthOf, redisHealth, reportRedisError } from "./redis/health.ts";
import { PREFIX } from "./redis/keys.ts";
import { isOutOfMemory, noteOutOfMemory, whenRedisHasRoom } from "./redis/out-of-memory.ts";
import { unlessCancelled } from "./round-control.ts";
import { RoundSupervisor } from "./round-supervisor.ts";
import { createContext, type StageContext } from "./stages/context.ts";
import { DEFAULT_DATABASE_WAIT } from "./stages/database-wait.ts";
import { processGenerate } from "./stages/generate.ts";
import { processPersist } from "./stages/persist.ts";
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
  /**
   * How often the round supervisor looks for rounds whose end was missed, in ms.
   * @defaultValue 5000
   */
  superviseIntervalMs: number;
  /**
   * How long the persist stage waits for a database another process has locked before the work that
   * needs it fails for good (and counts as lost), in ms.
   * @defaultValue 120000
   */
  dbWaitMs: number;
  /**
   * How long `close()` waits for the jobs in progress (model calls are cut short at once, and their
   * jobs return to the queue) before it lets go of them, in ms.
   * @defaultValue 10000
   */
  closeTimeoutMs: number;
  /**
   * Where one-line reports go (Redis outages, a locked database, rounds whose Redis state is gone).
   * @defaultValue a line on stderr
   */
  log: (line: string) => void;
}

export const DEFAULT_CONCURRENCY: Record<Stage, number> = { generate: 2, solve: 4, verify: 2, persist: 1 };

/** How many times a job may be found stalled (its worker died) before it fails for good. */
const MAX_STALLED = 2;

const PROCESSORS: Record<Stage, (ctx: StageContext, job: Job) => Promise<unknown>> = {
  generate: processGenerate,
  solve: processSolve,
  verify: processVerify,
  persist: processPersist,
};

export interface RunningWorkers {
  workers: Worker[];
  /** Checks the rounds now (the check also runs on its own every stalled interval). */
  superviseNow(): Promise<void>;
  /** Stops taking jobs, cuts model calls short (their jobs return to the queue), then disconnects. */
  close(): Promise<void>;
}

export function startWorkers(
  parts: { connection: Redis; queues: LoopQueues; models: ModelRegistry; store?: Store },
  options: Partial<WorkerOptions> = {},
): RunningWorkers {
  const stages = options.stages ?? STAGES;
  if (stages.includes("persist") && parts.store === undefined)
    throw new Error("the persist stage needs a store");
  const log = options.log ?? reportLine;
  const stopping = new AbortController();
  const ctx = createContext({
    redis: parts.connection,
    queues: parts.queues,
    models: parts.models,
    // Only the persist stage writes the database: a worker without it leaves stored rounds alone.
    ...(parts.store && stages.includes("persist") ? { store: parts.store } : {}),
    signal: stopping.signal,
    database: { maxWaitMs: options.dbWaitMs ?? DEFAULT_DATABASE_WAIT.maxWaitMs },
    log,
  });
  const health = healthOf(parts.connection) ?? redisHealth(connectionName(parts.connection), log);
  health.watch(parts.connection);
  const concurrency = { ...DEFAULT_CONCURRENCY, ...options.concurrency, persist: 1 };
  const stalledIntervalMs = options.stalledIntervalMs ?? 15_000;
  // Each worker blocks on its own connection. BullMQ leaves connections it was given open on close,
  // so they are closed here: an open socket would keep the process alive after the work is done.
  const connections: Redis[] = [];
  const workers = stages.map((stage) => {
    const connection = parts.connection.duplicate();
    health.watch(connection);
    connections.push(connection);
    // The persist stage takes only its own database's jobs (see LoopQueues.persistFor).
    const name = stage === "persist" ? persistQueueName((parts.store as Store).datasetId) : stage;
    const worker = new Worker(
      name,
      (job, token) => unlessCancelled(ctx.redis, stage, job, () => runJob(ctx, stage, job, token)),
      {
        connection,
        prefix: PREFIX,
        concurrency: concurrency[stage],
        lockDuration: options.lockDurationMs ?? 30_000,
        stalledInterval: stalledIntervalMs,
        maxStalledCount: MAX_STALLED,
      },
    );
    // Every way a job ends for good passes here (retries used up, an unrecoverable error, stalled
    // too often): whatever attemptsMade says, a job in the failed state will not run again.
    worker.on("failed", (job, error) => {
      if (job !== undefined) void accountIfFinal(ctx, stage, job, error);
    });
    worker.on("error", (error) => {
      if (isOutOfMemory(error)) noteOutOfMemory(ctx, () => probeRoom(ctx));
      else reportRedisError(connection, error, log);
    });
    return worker;
  });
  const supervisor = new RoundSupervisor(ctx, { intervalMs: options.superviseIntervalMs ?? 5000 });
  supervisor.start();
  return {
    workers,
    superviseNow: () => supervisor.check(),
    async close() {
      stopping.abort(new Error("the worker is stopping"));
      await supervisor.stop();
      // With Redis gone there is nothing to hand jobs back to, and a graceful close would wait for it
      // forever: the workers let go at once (their jobs return to the queues when their locks expire).
      const closeTimeoutMs = health.isDown ? 0 : (options.closeTimeoutMs ?? 10_000);
      const closed =
        closeTimeoutMs > 0 && (await within(Promise.all(workers.map((w) => w.close())), closeTimeoutMs));
      if (!closed) {
        if (!health.isDown)
          log(
            `stopping without the jobs still in progress after ${closeTimeoutMs / 1000} s; they will run again`,
          );
        await within(Promise.all(workers.map((w) => w.close(true))), 2000);
      }
      for (const connection of connections) connection.disconnect();
    },
  };
}

/**
 * Runs a job's processor. Stopping workers hand the job back to the queue (it is not an attempt);
 * a Redis out of memory pauses the job until it has room, then runs it again (every job may run twice).
 */
async function runJob(
  ctx: StageContext,
  stage: Stage,
  job: Job,
  token: string | undefined,
): Promise<unknown> {
  for (;;) {
    try {
      return await PROCESSORS[stage](ctx, job);
    } catch (error) {
      if (ctx.signal.aborted && token !== undefined) {
        await job.moveToWait(token);
        throw new WaitingError();
      }
      if (!isOutOfMemory(error)) throw error;
      await whenRedisHasRoom(ctx, () => probeRoom(ctx));
    }
  }
}

/** A small write that Redis refuses while it is out of memory. */
function probeRoom(ctx: StageContext): Promise<unknown> {
  return ctx.redis.set(`${PREFIX}:room-probe`, "1", "EX", 60);
}

async function accountIfFinal(ctx: StageContext, stage: Stage, job: Job, error: Error): Promise<void> {
  try {
    const state = await job.getState();
    // A job removed at once when it failed (a very short Redis TTL) has its finish time set.
    if (state !== "failed" && !(state === "unknown" && job.finishedOn !== undefined)) return;
    await giveUp(ctx, stage, job, { name: error.name, message: error.message });
  } catch (error) {
    // The round supervisor finds the job again on its next check.
    ctx.log(`job ${job.id} failed for good and could not be accounted yet: ${(error as Error).message}`);
  }
}

function connectionName(connection: Redis): string {
  const { host, port } = connection.options;
  return `redis://${host ?? "127.0.0.1"}:${port ?? 6379}`;
}

async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
