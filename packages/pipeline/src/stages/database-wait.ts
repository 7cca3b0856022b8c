/** The single writer waits out a database another process has locked: with backoff, up to a limit. */

import { sleep } from "@puzzleloop/model";
import { UnrecoverableError } from "bullmq";

export interface DatabaseWaitOptions {
  /**
   * How long the persist stage waits for a locked database before the jobs that need it fail for good
   * (their puzzles then count as lost). The wait is per outage: once it is used up, jobs fail after
   * one try, until a write goes through again.
   * @defaultValue 120000
   */
  maxWaitMs: number;
  /**
   * The first pause between tries, in ms; each later one doubles, up to 5 s.
   * @defaultValue 200
   */
  firstDelayMs: number;
}

export const DEFAULT_DATABASE_WAIT: DatabaseWaitOptions = { maxWaitMs: 120_000, firstDelayMs: 200 };

const MAX_DELAY_MS = 5000;

/** The database stayed locked past the limit: the job fails for good, nothing of it was written. */
export class DatabaseLockedError extends UnrecoverableError {
  override name = "DatabaseLockedError";
}

/** SQLite's "another connection holds the lock" errors, as better-sqlite3 reports them. */
export function isDatabaseLocked(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

export class DatabaseWait {
  private lockedSince: number | undefined;
  private readonly options: DatabaseWaitOptions;

  constructor(
    options: Partial<DatabaseWaitOptions>,
    private readonly log: (line: string) => void,
  ) {
    this.options = { ...DEFAULT_DATABASE_WAIT, ...options };
  }

  /**
   * Runs `write` (one transaction) until it goes through. While the database is locked it tries again
   * after a pause, without blocking the process, until the outage is older than `maxWaitMs`.
   */
  async write<T>(path: string, write: () => T, signal?: AbortSignal): Promise<T> {
    for (let delay = this.options.firstDelayMs; ; delay = Math.min(delay * 2, MAX_DELAY_MS)) {
      try {
        const result = write();
        if (this.lockedSince !== undefined) {
          this.log(`database ${path}: writable again after ${seconds(Date.now() - this.lockedSince)} s`);
          this.lockedSince = undefined;
        }
        return result;
      } catch (error) {
        if (!isDatabaseLocked(error)) throw error;
        const now = Date.now();
        if (this.lockedSince === undefined) {
          this.lockedSince = now;
          this.log(
            `database ${path}: locked by another process; the persist stage waits up to ${seconds(this.options.maxWaitMs)} s`,
          );
        }
        const left = this.lockedSince + this.options.maxWaitMs - now;
        if (left <= 0) {
          throw new DatabaseLockedError(
            `the database stayed locked by another process for over ${seconds(this.options.maxWaitMs)} s`,
          );
        }
        await sleep(Math.min(delay, left), signal);
      }
    }
  }
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;
