/** Follows a round until it ends, redrawing in a terminal and printing plain lines in a log. */
import { formatSnapshot, type RoundSnapshot, snapshotRound, stageRates } from "@puzzleloop/loop";
import type { Redis } from "ioredis";

export interface WatchOptions {
  /**
   * Seconds between refreshes in a terminal.
   * @defaultValue 1
   */
  intervalS: number;
  /**
   * Seconds between progress blocks when the output is not a terminal (a log).
   * @defaultValue 10
   */
  logIntervalS: number;
  out: NodeJS.WriteStream;
}

/** Resolves with the final snapshot once the round's status is no longer `running`. */
export async function watchRound(
  redis: Redis,
  round: string,
  options: Partial<WatchOptions> = {},
): Promise<RoundSnapshot | undefined> {
  const out = options.out ?? process.stdout;
  const tty = out.isTTY === true;
  const interval = (tty ? (options.intervalS ?? 1) : (options.logIntervalS ?? 10)) * 1000;
  let previous: RoundSnapshot | undefined;
  let drawn = 0;
  for (;;) {
    const snapshot = await snapshotRound(redis, round);
    if (snapshot === undefined) return undefined;
    const lines = formatSnapshot(snapshot, stageRates(previous, snapshot));
    if (tty) {
      // Move up over the previous block and clear it, so the display updates in place.
      if (drawn > 0) out.write(`\x1b[${drawn}A\x1b[0J`);
      out.write(`${lines.join("\n")}\n`);
      drawn = lines.length;
    } else {
      out.write(`${new Date(snapshot.at).toISOString()} ${lines.join("\n")}\n`);
    }
    if (snapshot.status !== "running") return snapshot;
    previous = snapshot;
    await new Promise((r) => setTimeout(r, interval));
  }
}
