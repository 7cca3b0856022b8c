/** One line when Redis stops answering and one when it answers again, however many connections notice. */
import type { Redis } from "ioredis";
import { reportLine } from "../operator-log.ts";

const OUTAGE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
]);

/** Whether `error` says the connection to Redis is down, rather than that a command failed. */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && OUTAGE_CODES.has(code)) return true;
  return /Connection is closed|connect E[A-Z]+|Stream isn't writeable|read ECONNRESET|MaxRetriesPerRequest/.test(
    error.message,
  );
}

/** `redis://user:secret@host` without the credentials, for messages. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.toString().replace(/\/$/, "");
  } catch {
    return url;
  }
}

/** The reporter each watched connection reports to. */
const reporterOf = new WeakMap<Redis, RedisHealth>();

/** The reporter `client` reports to, when one watches it. */
export function healthOf(client: Redis): RedisHealth | undefined {
  return reporterOf.get(client);
}

export class RedisHealth {
  private downSince: number | undefined;

  constructor(
    private readonly url: string,
    private readonly log: (line: string) => void,
  ) {}

  /** Reports `client`'s errors and reconnects through this one reporter (and keeps them from being "unhandled"). */
  watch(client: Redis): void {
    if (reporterOf.has(client)) return;
    reporterOf.set(client, this);
    client.on("error", (error: Error) => this.down(error));
    client.on("ready", () => this.up());
  }

  /** Redis does not answer: said once per outage. */
  down(error: Error): void {
    if (this.downSince !== undefined) return;
    this.downSince = Date.now();
    const reason = (error as { code?: string }).code ?? error.message;
    this.log(`Redis at ${displayUrl(this.url)} does not answer (${reason}); work waits until it does`);
  }

  /** Redis answers: said once, when it had stopped. */
  up(): void {
    if (this.downSince === undefined) return;
    const seconds = Math.round((Date.now() - this.downSince) / 1000);
    this.downSince = undefined;
    this.log(`Redis at ${displayUrl(this.url)} answers again after ${seconds} s`);
  }

  get isDown(): boolean {
    return this.downSince !== undefined;
  }
}

const said = new Map<string, number>();

/**
 * An error a Redis client, queue or worker emitted: a lost connection joins the outage report of
 * `client`'s Redis; anything else is said in one line, once a minute at most for the same message.
 */
export function reportRedisError(
  client: Redis,
  error: Error,
  log: (line: string) => void = reportLine,
): void {
  if (isConnectionError(error)) {
    (healthOf(client) ?? redisHealth(String(client.options.host), log)).down(error);
    return;
  }
  // The same failure of many jobs is one line: job ids and the operation that met it are left out.
  const kind = error.message.replace(/\bjob [\w:-]+\.?(\s+\w+)?$/, "job").replace(/\bjob [\w:-]+/g, "job");
  const now = Date.now();
  if ((said.get(kind) ?? 0) > now - 60_000) return;
  said.set(kind, now);
  log(
    `redis: ${kind}${kind.startsWith("Missing key for job") ? " (Redis lost the state of jobs in progress)" : ""}`,
  );
}

const reporters = new Map<string, RedisHealth>();

/** This process's reporter for the Redis at `url`: every connection to it shares one. */
export function redisHealth(url: string, log: (line: string) => void = reportLine): RedisHealth {
  let health = reporters.get(url);
  if (health === undefined) {
    health = new RedisHealth(url, log);
    reporters.set(url, health);
  }
  return health;
}
