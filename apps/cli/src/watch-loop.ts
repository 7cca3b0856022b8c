/** Follows a round until it ends, redrawing in a terminal and printing plain lines in a log; says when no worker serves it. */
import {
  formatSnapshot,
  type LoopQueues,
  type RoundSnapshot,
  STAGES,
  type Stage,
  snapshotRound,
  stageRates,
  stageWorkers,
} from "@puzzleloop/pipeline";
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
  /**
   * The database id of the round, when its workers run elsewhere: then a stage that no worker
   * serves is reported after `noWorkerAfterS`. Unset when the workers run in this process.
   * @defaultValue undefined (no check)
   */
  dataset: string | undefined;
  /**
   * Seconds to wait for a worker before saying that none serves the round.
   * @defaultValue 5
   */
  noWorkerAfterS: number;
  /**
   * How to start a worker, as the no-worker line says it.
   * @defaultValue "`puzzleloop worker` (same REDIS_URL, and the --db of the round's database)"
   */
  workerHint: string;
  out: NodeJS.WriteStream;
}

interface Watched {
  redis: Redis;
  queues: LoopQueues;
  redisUrl: string;
}

/** Mean rates over the whole round: the right span for a round that has ended. */
export function finalRates(snapshot: RoundSnapshot): Record<string, number> {
  const seconds = ((snapshot.finishedAt ?? snapshot.at) - (snapshot.startedAt ?? snapshot.at)) / 1000;
  if (!(seconds > 0)) return {};
  return Object.fromEntries(snapshot.stages.map((s) => [s.stage, s.done / seconds]));
}

/** Stages of the round that no worker serves; empty when all are served or Redis will not say. */
async function unserved(services: Watched, snapshot: RoundSnapshot, dataset: string): Promise<Stage[]> {
  const stages = STAGES.filter((s) => snapshot.kind === "generate" || s !== "generate");
  const counts = await stageWorkers(services.queues, dataset, stages);
  return stages.filter((s) => counts[s] === 0);
}

export interface FollowResult {
  /** The last snapshot: the round's end, unless its state vanished first. */
  final: RoundSnapshot | undefined;
  /** The round's state was there, then was gone from Redis (flushed, or restarted without persistence). */
  gone: boolean;
}

/** Resolves with the final snapshot once the round's status is no longer `running` (undefined if Redis forgot it). */
export async function watchRound(
  services: Watched,
  round: string,
  options: Partial<WatchOptions> = {},
): Promise<RoundSnapshot | undefined> {
  const { final, gone } = await followRound(services, round, options);
  return gone ? undefined : final;
}

/**
 * The one line that says how a followed round ended badly, or undefined when it is done. `lost`
 * gives the line for a round whose Redis state vanished (what the database keeps of it).
 */
export function endLine(round: string, result: FollowResult, lost: () => string): string | undefined {
  if (result.gone) return lost();
  const final = result.final;
  if (final === undefined) return `round ${round} is unknown to Redis`;
  if (final.status === "done") return undefined;
  return `round ${round} ${final.status}${final.error ? `: ${final.error}` : ""}`;
}

/** Follows the round until its status is no longer `running`, or until Redis forgets it. */
export async function followRound(
  services: Watched,
  round: string,
  options: Partial<WatchOptions> = {},
): Promise<FollowResult> {
  const out = options.out ?? process.stdout;
  const tty = out.isTTY === true;
  const interval = (tty ? (options.intervalS ?? 1) : (options.logIntervalS ?? 10)) * 1000;
  const checkAfter = Date.now() + (options.noWorkerAfterS ?? 5) * 1000;
  const hint =
    options.workerHint ?? "`puzzleloop worker` (same REDIS_URL, and the --db of the round's database)";
  let previous: RoundSnapshot | undefined;
  let drawn = 0;
  let lastMissing = "";
  let seen: RoundSnapshot | undefined;
  for (;;) {
    const snapshot = await snapshotRound(services.redis, round);
    if (snapshot === undefined) return { final: seen, gone: seen !== undefined };
    seen = snapshot;
    const running = snapshot.status === "running";
    const lines = formatSnapshot(snapshot, running ? stageRates(previous, snapshot) : finalRates(snapshot));
    let missing: Stage[] = [];
    if (running && options.dataset !== undefined && Date.now() >= checkAfter) {
      missing = await unserved(services, snapshot, options.dataset);
      if (missing.length > 0) {
        lines.push(
          `  waiting  no worker serves ${missing.join(", ")} on ${services.redisUrl}: start one with ${hint}`,
        );
      }
    }
    if (tty) {
      // Move up over the previous block and clear it, so the display updates in place.
      if (drawn > 0) out.write(`\x1b[${drawn}A\x1b[0J`);
      out.write(`${lines.join("\n")}\n`);
      drawn = lines.length;
    } else {
      // In a log, a block every interval, and the no-worker line at once when it first appears.
      const key = missing.join(",");
      if (previous === undefined || !running || key !== lastMissing || Date.now() - previous.at >= interval) {
        out.write(`${new Date(snapshot.at).toISOString()} ${lines.join("\n")}\n`);
        previous = snapshot;
      }
      lastMissing = key;
    }
    if (!running) return { final: snapshot, gone: false };
    if (tty) previous = snapshot;
    // Read at least every second, whatever is printed: an end or a lost round is noticed at once.
    await new Promise((r) => setTimeout(r, Math.min(interval, 1000)));
  }
}
