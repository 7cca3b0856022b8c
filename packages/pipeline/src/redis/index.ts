/** Reaching Redis alone (connections, reachability), for callers that need none of the loop. */
export { connect, DEFAULT_REDIS_URL, pingRedis, RedisUnavailableError, redisUrl } from "./connection.ts";
