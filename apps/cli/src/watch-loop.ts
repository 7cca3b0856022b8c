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

/** How often the round's state is read, whatever is printed: an end is noticed within this. */
const POLL_MS = 1000;

export interface FollowResult {
  /** The last snapshot: the round's end, unless its state vanished first. */
  final: RoundSnapshot | undefined;
  /** The round's state was there, then was gone from Redis (flushed, or restarted without persistence). */
  gone: boolean;
}

/** Follows the round until its status is no longer `running`, or until Redis forgets it. */
export async function followRound(
  redis: Redis,
  round: string,
  options: Partial<WatchOptions> = {},
): Promise<FollowResult> {
  const out = options.out ?? process.stdout;
  const tty = out.isTTY === true;
  const printEvery = (tty ? (options.intervalS ?? 1) : (options.logIntervalS ?? 10)) * 1000;
  let previous: RoundSnapshot | undefined;
  let printed: RoundSnapshot | undefined;
  let drawn = 0;
  const print = (snapshot: RoundSnapshot) => {
    const lines = formatSnapshot(snapshot, stageRates(printed, snapshot));
    if (tty) {
      // Move up over the previous block and clear it, so the display updates in place.
      if (drawn > 0) out.write(`\x1b[${drawn}A\x1b[0J`);
      out.write(`${lines.join("\n")}\n`);
      drawn = lines.length;
    } else {
      out.write(`${new Date(snapshot.at).toISOString()} ${lines.join("\n")}\n`);
    }
    printed = snapshot;
  };
  for (;;) {
    const snapshot = await snapshotRound(redis, round);
    if (snapshot === undefined) return { final: previous, gone: previous !== undefined };
    const ended = snapshot.status !== "running";
    if (ended || printed === undefined || snapshot.at - printed.at >= printEvery) print(snapshot);
    if (ended) return { final: snapshot, gone: false };
    previous = snapshot;
    await new Promise((r) => setTimeout(r, Math.min(POLL_MS, printEvery)));
  }
}

/** Resolves with the final snapshot once the round's status is no longer `running` (undefined if Redis forgot it). */
export async function watchRound(
  redis: Redis,
  round: string,
  options: Partial<WatchOptions> = {},
): Promise<RoundSnapshot | undefined> {
  const { final, gone } = await followRound(redis, round, options);
  return gone ? undefined : final;
}

/** The one line that says how a followed round ended badly, or undefined when it is done. */
export function endLine(round: string, result: FollowResult, lostMessage: () => string): string | undefined {
  if (result.gone) return lostMessage();
  const final = result.final;
  if (final === undefined) return `round ${round} is unknown to Redis`;
  if (final.status === "done") return undefined;
  return `round ${round} ${final.status}${final.error ? `: ${final.error}` : ""}`;
}
