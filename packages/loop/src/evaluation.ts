/** pass@k of an evaluation run, overall and per domain, from each puzzle's (n, c). */
import type { EvaluationResults, PuzzleCounts } from "@puzzleloop/store";

/** Unbiased pass@k for one puzzle (Chen et al. 2021): 1 - C(n-c, k) / C(n, k), in product form. */
function passAtK({ n, c }: PuzzleCounts, k: number): number {
  if (n - c < k) return 1;
  let miss = 1;
  for (let i = n - c + 1; i <= n; i++) miss *= 1 - k / i;
  return 1 - miss;
}

/** 1, 2, 5, 10, 20, 50, ... up to K, and K itself. */
function reportedKs(attempts: number): number[] {
  const ks: number[] = [];
  for (let scale = 1; scale <= attempts; scale *= 10) {
    for (const step of [1, 2, 5]) if (step * scale <= attempts) ks.push(step * scale);
  }
  if (!ks.includes(attempts)) ks.push(attempts);
  return ks;
}

export function summarizeEvaluation(
  counts: Record<string, PuzzleCounts>,
  attempts: number,
  domains: Record<string, string>,
): Omit<EvaluationResults, "round"> {
  const ks = reportedKs(attempts);
  const score = (ids: string[]) =>
    Object.fromEntries(
      ks.map((k) => {
        const usable = ids.map((id) => counts[id] as PuzzleCounts).filter((x) => x.n >= k);
        const mean =
          usable.length === 0 ? 0 : usable.reduce((sum, x) => sum + passAtK(x, k), 0) / usable.length;
        return [String(k), mean];
      }),
    );
  const ids = Object.keys(counts).sort();
  const byDomain: Record<string, Record<string, number>> = {};
  for (const domain of [...new Set(ids.map((id) => domains[id] ?? "unknown"))].sort()) {
    byDomain[domain] = score(ids.filter((id) => (domains[id] ?? "unknown") === domain));
  }
  return { overall: score(ids), byDomain };
}
