/** Opens what commands need (Redis, the store, in-process workers) and closes it all in one place. */
import {
  connect,
  LoopQueues,
  ModelRegistry,
  type PrivateRedis,
  pingRedis,
  type RunningWorkers,
  redisUrl,
  type Stage,
  startPrivateRedis,
  startWorkers,
  type WorkerOptions,
} from "@puzzleloop/loop";
import { closeSharedPool } from "@puzzleloop/sandbox";
import { openSqliteStore, resolveDbPath, type SqliteStore } from "@puzzleloop/store";
import type { Redis } from "ioredis";
import { CliError, EXIT } from "./errors.ts";

export const dbArg = {
  db: {
    type: "string",
    description: "SQLite database (default $PUZZLELOOP_DB or .puzzleloop/puzzleloop.db)",
    valueHint: "PATH",
  },
} as const;

export interface Services {
  redisUrl: string;
  redis: Redis;
  queues: LoopQueues;
  store: SqliteStore;
  privateRedis?: PrivateRedis;
  workers?: RunningWorkers;
  close(): Promise<void>;
}

export interface OpenOptions {
  db?: string | undefined;
  /** Start a private redis-server when none answers (only for runs whose workers live in this process). */
  allowPrivateRedis?: boolean;
  /** Run these stages' workers in this process. */
  workers?: Partial<WorkerOptions> & { stages: readonly Stage[] };
}

export async function openServices(options: OpenOptions = {}): Promise<Services> {
  let url = redisUrl();
  let privateRedis: PrivateRedis | undefined;
  if (!(await pingRedis(url))) {
    if (!options.allowPrivateRedis || process.env.REDIS_URL) {
      throw new CliError(
        `no Redis answers at ${url}: start one with \`docker compose up -d redis\` (or set REDIS_URL)`,
        "E_NO_REDIS",
        EXIT.usage,
      );
    }
    try {
      privateRedis = await startPrivateRedis();
    } catch (error) {
      throw new CliError((error as Error).message, "E_NO_REDIS", EXIT.usage);
    }
    url = privateRedis.url;
    process.stderr.write(
      `No Redis answered at ${redisUrl()}; started a private one at ${url} for this run.\n`,
    );
  }
  const redis = connect(url);
  // The persist stage waits out a locked database itself, without blocking the process (see DatabaseWait).
  const persists = options.workers?.stages.includes("persist") === true;
  const store = openSqliteStore({
    path: options.db ?? resolveDbPath(),
    ...(persists ? { busyTimeoutMs: 250 } : {}),
  });
  const queues = new LoopQueues(redis, { dataset: store.datasetId });
  const workers = options.workers
    ? startWorkers({ connection: redis, queues, models: new ModelRegistry(), store }, options.workers)
    : undefined;
  return {
    redisUrl: url,
    redis,
    queues,
    store,
    ...(privateRedis ? { privateRedis } : {}),
    ...(workers ? { workers } : {}),
    async close() {
      await workers?.close();
      await queues.close();
      redis.disconnect();
      store.close();
      await closeSharedPool();
      await privateRedis?.stop();
    },
  };
}

/** Runs `body`, closing the services however it ends; a second Ctrl-C stops at once. */
export async function withServices<T>(
  options: OpenOptions,
  body: (services: Services) => Promise<T>,
): Promise<T> {
  const services = await openServices(options);
  let stopping = false;
  const onSignal = () => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stderr.write("\nStopping: finishing the jobs in progress (Ctrl-C again to quit at once)...\n");
    void services.close().then(() => process.exit(130));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    return await body(services);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (!stopping) await services.close();
  }
}
