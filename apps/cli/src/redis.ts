/** Finding the Redis of the queues: the one at REDIS_URL (or the default), else, where allowed, a private one. */
import { DEFAULT_REDIS_URL, pingRedis, redisUrl } from "@puzzleloop/pipeline/redis";
import { CliError, EXIT } from "./errors.ts";
import { type PrivateRedis, redisServerInstalled, startPrivateRedis } from "./private-redis.ts";

export interface FoundRedis {
  url: string;
  privateRedis?: PrivateRedis;
}

/** A Redis that does not answer where it was looked for, and none could be started. */
export class NoRedisAnswersError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = "NoRedisAnswersError";
  }
}

/** Where it looked, in words: the URL and whether REDIS_URL or the default named it. */
function tried(url: string, fromEnv: boolean): string {
  return `no Redis answers at ${url} (${fromEnv ? "from REDIS_URL" : "the default: REDIS_URL is unset"})`;
}

/**
 * The Redis to use. A private redis-server (under `.puzzleloop/`) is started only when
 * `allowPrivate` and REDIS_URL is unset: a REDIS_URL that does not answer is reported, not replaced.
 */
export async function findRedis(
  allowPrivate: boolean,
  env: NodeJS.ProcessEnv = process.env,
): Promise<FoundRedis> {
  const url = redisUrl(env);
  const fromEnv = Boolean(env.REDIS_URL?.trim());
  if (await pingRedis(url)) return { url };
  if (fromEnv) {
    const out = allowPrivate
      ? "or unset REDIS_URL to let this command start a private redis-server"
      : "or set REDIS_URL to a Redis that answers";
    throw new NoRedisAnswersError(
      `${tried(url, true)}: start Redis there (\`docker compose up -d redis\` serves ${DEFAULT_REDIS_URL}), ${out}`,
    );
  }
  if (!allowPrivate) {
    throw new NoRedisAnswersError(
      `${tried(url, false)}: start one with \`docker compose up -d redis\`, or set REDIS_URL to a Redis that answers`,
    );
  }
  if (!redisServerInstalled()) {
    throw new NoRedisAnswersError(
      `${tried(url, false)} and redis-server is not installed to start a private one: start one with \`docker compose up -d redis\` (or install redis-server), or set REDIS_URL to a Redis that answers`,
    );
  }
  let privateRedis: PrivateRedis;
  try {
    privateRedis = await startPrivateRedis();
  } catch (error) {
    throw new NoRedisAnswersError(`${tried(url, false)}, and ${(error as Error).message}`);
  }
  process.stderr.write(
    `No Redis answered at ${url}; started a private one at ${privateRedis.url} for this run (it keeps nothing after it).\n`,
  );
  return { url: privateRedis.url, privateRedis };
}
