/** Redis connections for queues and state: one URL, the options BullMQ requires, a reachability check. */
import { Redis, type RedisOptions } from "ioredis";

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
 * command, hence `maxRetriesPerRequest: null`.
 */
export function connect(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: false,
    ...options,
  });
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
