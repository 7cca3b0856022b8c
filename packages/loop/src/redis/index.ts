/** Reaching Redis alone (connections, reachability, a private server), for callers that need none of the loop. */
export { connect, DEFAULT_REDIS_URL, pingRedis, RedisUnavailableError, redisUrl } from "./connection.ts";
export { NoRedisError, type PrivateRedis, redisServerInstalled, startPrivateRedis } from "./private-redis.ts";
