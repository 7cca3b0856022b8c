/** What `startDashboard` takes, with every default applied here. */
import type { DashboardDataOptions } from "../data/index.ts";

export interface DashboardOptions {
  /** The database shown; opened (and later closed) by the caller. */
  store: DashboardDataOptions["store"];
  /** The Redis of the queues. */
  redisUrl: string;
  /**
   * The address to listen on. Anything but loopback needs a token.
   * @defaultValue "127.0.0.1"
   */
  host?: string;
  /**
   * The port; 0 takes a free one.
   * @defaultValue 8787
   */
  port?: number;
  /**
   * Guards the actions (cancel a round, retry its failed jobs, the queue board's buttons). Without
   * one the dashboard is read-only.
   * @defaultValue undefined
   */
  token?: string;
  /**
   * How often live pages are read again, in ms.
   * @defaultValue 1000
   */
  intervalMs?: number;
}

export type ResolvedOptions = Required<Omit<DashboardOptions, "token">> & { token: string | undefined };

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = "127.0.0.1";

export function resolveOptions(options: DashboardOptions): ResolvedOptions {
  return {
    store: options.store,
    redisUrl: options.redisUrl,
    host: options.host ?? DEFAULT_HOST,
    port: options.port ?? DEFAULT_PORT,
    token: options.token,
    intervalMs: options.intervalMs ?? 1000,
  };
}
