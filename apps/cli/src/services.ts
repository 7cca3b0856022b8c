/**
 * Opens what commands need, in an order that cannot hang: the database first (checked), then the
 * model pre-flight, then Redis, the queues and in-process workers; closes it all in one place.
 */
import type { LoopQueues, RunningWorkers, Stage, WorkerOptions } from "@puzzleloop/pipeline";
import { connect } from "@puzzleloop/pipeline/redis";
import type { SqliteStore } from "@puzzleloop/store";
import type { Redis } from "ioredis";
import { checkDatabase, databasePath, openDatabase } from "./database.ts";
import type { PrivateRedis } from "./private-redis.ts";
import { findRedis } from "./redis.ts";

export interface RedisServices {
  redisUrl: string;
  redis: Redis;
  queues: LoopQueues;
  privateRedis?: PrivateRedis;
  close(): Promise<void>;
}

export interface Services extends RedisServices {
  store: SqliteStore;
  workers?: RunningWorkers;
}

export interface OpenOptions {
  /** `--db`, else PUZZLELOOP_DB, else the default path. */
  db: string | undefined;
  /** Start a private redis-server when none answers and REDIS_URL is unset (for runs whose workers live here). */
  allowPrivateRedis?: boolean;
  /** Run these stages' workers in this process. */
  workers?: Partial<WorkerOptions> & { stages: readonly Stage[] };
  /** Runs once the database path is checked, before anything is written or connected: the model pre-flight. */
  preflight?: () => Promise<void>;
}

/** Redis and the queues alone, for commands that never touch a database (`watch`). */
export async function openRedis(allowPrivateRedis = false): Promise<RedisServices> {
  const found = await findRedis(allowPrivateRedis);
  const { LoopQueues } = await import("@puzzleloop/pipeline");
  const redis = connect(found.url);
  const queues = new LoopQueues(redis);
  return {
    redisUrl: found.url,
    redis,
    queues,
    ...(found.privateRedis ? { privateRedis: found.privateRedis } : {}),
    async close() {
      await queues.close();
      redis.disconnect();
      await found.privateRedis?.stop();
    },
  };
}

export async function openServices(options: OpenOptions): Promise<Services> {
  // Nothing is written before every check has passed: the database path, the model, Redis.
  const path = databasePath(options.db);
  checkDatabase(path, false);
  await options.preflight?.();
  const found = await findRedis(options.allowPrivateRedis === true);
  let store: SqliteStore;
  try {
    // The persist stage waits out a locked database itself, without blocking the process.
    const persists = options.workers?.stages.includes("persist") === true;
    store = openDatabase(path, persists ? { busyTimeoutMs: 250 } : {});
  } catch (error) {
    await found.privateRedis?.stop();
    throw error;
  }
  // The loop (its stages, the sandbox, the models, the TypeScript compiler) loads once every check has passed.
  const { LoopQueues, ModelRegistry, startWorkers } = await import("@puzzleloop/pipeline");
  const redis = connect(found.url);
  const queues = new LoopQueues(redis, { dataset: store.datasetId });
  const workers = options.workers
    ? startWorkers({ connection: redis, queues, models: new ModelRegistry(), store }, options.workers)
    : undefined;
  return {
    redisUrl: found.url,
    redis,
    queues,
    store,
    ...(found.privateRedis ? { privateRedis: found.privateRedis } : {}),
    ...(workers ? { workers } : {}),
    async close() {
      await workers?.close();
      await queues.close();
      redis.disconnect();
      store.close();
      if (workers) await (await import("@puzzleloop/sandbox")).closeSharedPool();
      await found.privateRedis?.stop();
    },
  };
}

/**
 * Runs `body`, closing what was opened however it ends. On Ctrl-C it prints `stopping` (what
 * stopping does, which depends on the command) and closes; a second Ctrl-C quits at once.
 */
export async function withStop<S extends { close(): Promise<void> }, T>(
  services: S,
  stopping: string,
  body: (services: S) => Promise<T>,
): Promise<T> {
  let stopped = false;
  const onSignal = () => {
    if (stopped) process.exit(130);
    stopped = true;
    process.stderr.write(`\n${stopping}\n`);
    void services.close().then(() => process.exit(130));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    return await body(services);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (!stopped) await services.close();
  }
}

/** What Ctrl-C does when workers run in this process. */
export const STOP_WORKERS =
  "Stopping: finishing the jobs in progress here (Ctrl-C again to quit at once); what is still queued waits for `puzzleloop worker` or `puzzleloop run --resume ROUND`.";

export async function withServices<T>(
  options: OpenOptions,
  body: (services: Services) => Promise<T>,
): Promise<T> {
  const services = await openServices(options);
  const stopping = options.workers
    ? STOP_WORKERS
    : "Stopped watching: the round goes on in the workers (`puzzleloop watch` follows it again).";
  return withStop(services, stopping, body);
}

/** The model pre-flight (see `preflight.ts`), loaded only when it runs. */
export async function preflight(model: string, call: boolean): Promise<void> {
  const { preflightModel } = await import("./preflight.ts");
  await preflightModel(model, call);
}
