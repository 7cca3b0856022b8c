/** Redis at its `maxmemory` refuses writes: the loop pauses until it has room, rather than drop work. */
import { sleep } from "@puzzleloop/model";

/** How often a paused job tries its write again. */
const RETRY_MS = 1000;

/** Redis's refusal when `maxmemory` is reached under `noeviction`. */
export function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && error.message.includes("OOM command not allowed");
}

let pausedSince: number | undefined;

/**
 * Runs `write` until Redis accepts it: while Redis is out of memory, it waits and tries again (one line
 * when the pause starts, one when it ends). Any other error is thrown as it is.
 */
export async function whenRedisHasRoom<T>(
  ctx: { log(line: string): void; signal?: AbortSignal },
  write: () => Promise<T>,
): Promise<T> {
  for (;;) {
    try {
      const result = await write();
      if (pausedSince !== undefined) {
        ctx.log(
          `Redis has room again after ${Math.round((Date.now() - pausedSince) / 1000)} s; work goes on`,
        );
        pausedSince = undefined;
      }
      return result;
    } catch (error) {
      if (!isOutOfMemory(error)) throw error;
      if (pausedSince === undefined) {
        pausedSince = Date.now();
        ctx.log(
          "Redis is out of memory (its maxmemory is reached): work pauses until it has room (raise maxmemory or free some)",
        );
      }
      await sleep(RETRY_MS, ctx.signal);
    }
  }
}

let probing: Promise<void> | undefined;

/**
 * BullMQ's own writes (finishing a job, taking the next) met an out-of-memory Redis: reported like a
 * job's pause (one line), and watched with a small probe write until Redis has room again.
 */
export function noteOutOfMemory(
  ctx: { log(line: string): void; signal?: AbortSignal },
  probe: () => Promise<unknown>,
): void {
  if (probing !== undefined) return;
  probing = whenRedisHasRoom(ctx, probe)
    .then(() => {})
    .catch(() => {})
    .finally(() => {
      probing = undefined;
    });
}
