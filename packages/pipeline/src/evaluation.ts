/** pass@k of an evaluation run, overall and per domain, from each puzzle's (n, c). */
import { passAtKTable, reportedKs } from "@puzzleloop/core";
import type { EvaluationResults, PuzzleCounts } from "@puzzleloop/store";

/**
 * Every puzzle was sampled K times (identical completions included), so each (n, c) has n = K and
 * the estimator is defined for every reported k.
 */
export function summarizeEvaluation(
  counts: Record<string, PuzzleCounts>,
  attempts: number,
  domains: Record<string, string>,
): Omit<EvaluationResults, "round"> {
  const ks = reportedKs(attempts);
  const ids = Object.keys(counts).sort();
  const table = (subset: string[]) =>
    subset.length === 0
      ? {}
      : passAtKTable(
          subset.map((id) => counts[id] as PuzzleCounts),
          ks,
        );
  const byDomain: Record<string, Record<string, number>> = {};
  for (const domain of [...new Set(ids.map((id) => domains[id] ?? "unknown"))].sort()) {
    byDomain[domain] = table(ids.filter((id) => (domains[id] ?? "unknown") === domain));
  }
  return { overall: table(ids), byDomain };
}

/**
 * Whether a model answered any puzzle of an evaluation. One that answered none (every call failed)
 * measured nothing: storing it would show a pass@k of 0 as the iteration's latest.
 */
export function answeredAny(counts: Record<string, PuzzleCounts>): boolean {
  return Object.values(counts).some((c) => c.n > 0);
}
