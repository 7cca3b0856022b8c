/** What a round ended as: done, or failed with its first reasons grouped by message, and what it held and lost. */
import type { FailureStage, RoundCounts } from "@puzzleloop/store";
import type { JobFailure } from "./jobs.ts";
import type { RoundState } from "./round-state.ts";

export interface RoundOutcome {
  status: "done" | "failed";
  /** Why it failed; undefined when it did not. */
  error: string | undefined;
  counts: RoundCounts;
}

/** Reasons shown in a round's error, most frequent first. */
const REASONS_SHOWN = 3;
const REASON_CHARS = 200;

/** Failures grouped by stage and message, most frequent first: `solve: HTTP 500 from ... (x3)`. */
export function groupFailures(
  failures: readonly Pick<JobFailure, "stage" | "message">[],
): { reason: string; count: number }[] {
  const groups = new Map<string, number>();
  for (const f of failures) {
    const reason = `${f.stage}: ${f.message.replace(/\s+/g, " ").trim().slice(0, REASON_CHARS)}`;
    groups.set(reason, (groups.get(reason) ?? 0) + 1);
  }
  return [...groups.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/** The first few reasons, in one line. */
export function describeReasons(failures: readonly Pick<JobFailure, "stage" | "message">[]): string {
  const groups = groupFailures(failures);
  const shown = groups
    .slice(0, REASONS_SHOWN)
    .map((g) => (g.count > 1 ? `${g.reason} (x${g.count})` : g.reason));
  const more = groups.length - REASONS_SHOWN;
  return more > 0
    ? `${shown.join("; ")}; and ${more} other reason${more === 1 ? "" : "s"}`
    : shown.join("; ");
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
