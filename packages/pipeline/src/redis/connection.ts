/** Redis connections for queues and state: one URL, the options BullMQ requires, a reachability check. */
import { Redis, type RedisOptions } from "ioredis";
import { redisHealth } from "./health.ts";

export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";

/** `REDIS_URL`, or the local default. */
export function redisUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.REDIS_URL?.trim() || DEFAULT_REDIS_URL;
}

export class RedisUnavailableError extends Error {
  override name = "RedisUnavailableError";
}

/**
 * A connection for queues and workers. BullMQ's workers block on Redis and must never give up a
 * command, hence `maxRetriesPerRequest: null`. Its errors go to the process's one report of the
 * Redis at `url`: a line when it stops answering, a line when it answers again.
 */
export function connect(url: string, options: RedisOptions = {}): Redis {
  const client = new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: false,
    ...options,
  });
  redisHealth(url).watch(client);
  return client;
}

/** True when a Redis answers PING at `url` within `timeoutMs`. */
export async function pingRedis(url: string, timeoutMs = 1500): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  client.on("error", () => {
    // Reported through the failed connect below.
  });
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
