/** What a round ended as: done, or failed with its first reasons grouped by message, and what it held and lost. */
import { describeReasons } from "@puzzleloop/core";
import type { FailureStage, RoundCounts } from "@puzzleloop/store";
import type { RoundState } from "./round-state.ts";

export interface RoundOutcome {
  status: "done" | "failed";
  /** Why it failed; undefined when it did not. */
  error: string | undefined;
  counts: RoundCounts;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The outcome of a round whose work has all ended, from its live state and what the database holds
 * of it. Any job that failed for good, or any puzzle lost, makes the round failed.
 */
export async function roundOutcome(
  state: RoundState,
  stored: { puzzles: number; attempts: number },
  extraError?: string,
): Promise<RoundOutcome> {
  const [progress, failures] = await Promise.all([state.progress(), state.failures()]);
  const list = Object.values(failures);
  const failedJobs: Partial<Record<FailureStage, number>> = {};
  for (const f of list) failedJobs[f.stage] = (failedJobs[f.stage] ?? 0) + 1;
  const counts: RoundCounts = {
    accepted: progress.accepted,
    stored: stored.puzzles,
    lost: progress.lost,
    attempts: stored.attempts,
    failedJobs,
  };
  const parts: string[] = [];
  if (progress.lost > 0) parts.push(`${plural(progress.lost, "puzzle")} lost`);
  if (list.length > 0) parts.push(`${plural(list.length, "job")} failed for good`);
  const reasons = [describeReasons(list), extraError].filter((r): r is string => !!r);
  if (parts.length === 0 && reasons.length === 0) return { status: "done", error: undefined, counts };
  const error = parts.length > 0 ? `${parts.join(", ")}: ${reasons.join("; ")}` : reasons.join("; ");
  return { status: "failed", error, counts };
}
