/**
 * Stage rates and ETAs of rounds: over a sliding window of recent readings while a round runs (one
 * reading a second jitters), over the whole run once it has ended.
 */
import type { StageName } from "./views.ts";

export interface StageCount {
  stage: StageName;
  done: number;
  total: number;
  open: boolean;
}

export interface RateOptions {
  /**
   * How far back readings count toward a running round's rate, in ms.
   * @defaultValue 10000
   */
  windowMs: number;
}

interface Reading {
  at: number;
  done: Map<StageName, number>;
}

/** Rate and ETA of one stage. */
export interface StageRate {
  ratePerS: number | null;
  etaS: number | null;
}

export class RateTracker {
  private readonly windowMs: number;
  private readonly readings = new Map<string, Reading[]>();

  constructor(options: Partial<RateOptions> = {}) {
    this.windowMs = options.windowMs ?? 10_000;
  }

  /** Records a reading of a running round and returns each stage's rate over the window. */
  running(round: string, at: number, stages: readonly StageCount[]): Map<StageName, StageRate> {
    const list = this.readings.get(round) ?? [];
    list.push({ at, done: new Map(stages.map((s) => [s.stage, s.done])) });
    while (list.length > 2 && list[0]!.at < at - this.windowMs) list.shift();
    this.readings.set(round, list);
    const first = list[0]!;
    const seconds = (at - first.at) / 1000;
    const out = new Map<StageName, StageRate>();
    for (const s of stages) {
      if (!(seconds > 0)) {
        out.set(s.stage, { ratePerS: null, etaS: null });
        continue;
      }
      const rate = Math.max(0, s.done - (first.done.get(s.stage) ?? 0)) / seconds;
      out.set(s.stage, { ratePerS: rate, etaS: eta(s, rate) });
    }
    return out;
  }

  /** Mean rates over a finished round's whole run; forgets its readings. */
  finished(
    round: string,
    startedAt: number | undefined,
    finishedAt: number | undefined,
    stages: readonly StageCount[],
  ): Map<StageName, StageRate> {
    this.readings.delete(round);
    const seconds =
      startedAt !== undefined && finishedAt !== undefined ? (finishedAt - startedAt) / 1000 : Number.NaN;
    return new Map(
      stages.map((s) => [s.stage, { ratePerS: seconds > 0 ? s.done / seconds : null, etaS: null }]),
    );
  }

  /** Forgets rounds not in `keep` (gone from Redis). */
  retain(keep: ReadonlySet<string>): void {
    for (const round of this.readings.keys()) if (!keep.has(round)) this.readings.delete(round);
  }
}

/** Seconds until `stage` is done at `rate`; unknown while its total can still grow or nothing moves. */
function eta(stage: StageCount, rate: number): number | null {
  const left = stage.total - stage.done;
  if (stage.open || left <= 0 || !(rate > 0)) return null;
  return Math.ceil(left / rate);
}
