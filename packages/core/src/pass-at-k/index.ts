// pass@k, the unbiased estimator of Chen et al. (2021): how likely k samples hold at least one correct one.

/** One puzzle's samples: n attempts, c of them correct. */
export interface PassCounts {
  n: number;
  c: number;
}

/** Counts or a k for which pass@k is not defined. */
export class PassAtKError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PassAtKError";
  }
}

function checkCounts({ n, c }: PassCounts): void {
  if (!Number.isInteger(n) || n < 1)
    throw new PassAtKError(`n must be a whole number of at least 1, got ${n}`);
  if (!Number.isInteger(c) || c < 0 || c > n) {
    throw new PassAtKError(`c must be a whole number from 0 to n = ${n}, got ${c}`);
  }
}

function checkK(k: number, n: number): void {
  if (!Number.isInteger(k) || k < 1)
    throw new PassAtKError(`k must be a whole number of at least 1, got ${k}`);
  if (k > n) throw new PassAtKError(`pass@${k} needs at least ${k} samples, got n = ${n}`);
}

/**
 * 1 - C(n-c, k) / C(n, k) for one puzzle. The binomials overflow long before n gets large, so the
 * ratio is taken as the product of (1 - k/i) for i from n-c+1 to n, each factor in [0, 1).
 */
export function passAtK(n: number, c: number, k: number): number {
  checkCounts({ n, c });
  checkK(k, n);
  // Fewer wrong samples than k: every draw of k holds a correct one.
  if (n - c < k) return 1;
  let miss = 1;
  for (let i = n - c + 1; i <= n; i++) miss *= 1 - k / i;
  return 1 - miss;
}

/** The mean of pass@k over puzzles: the figure reported for a set. Every puzzle needs n ≥ k. */
export function meanPassAtK(counts: readonly PassCounts[], k: number): number {
  if (counts.length === 0) throw new PassAtKError("pass@k of no puzzles is not defined");
  let sum = 0;
  for (const { n, c } of counts) sum += passAtK(n, c, k);
  return sum / counts.length;
}

/** The k values reported for K attempts: 1, 2, 5, 10, 20, 50, 100, ... up to K, then K itself. */
export function reportedKs(attempts: number): number[] {
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new PassAtKError(`attempts must be a whole number of at least 1, got ${attempts}`);
  }
  const ks: number[] = [];
  for (let scale = 1; scale <= attempts; scale *= 10) {
    for (const step of [1, 2, 5]) if (step * scale <= attempts) ks.push(step * scale);
  }
  if (ks.at(-1) !== attempts) ks.push(attempts);
  return ks;
}

/** Mean pass@k for each k, keyed by k as text (`"1"`, `"10"`), as evaluations store them. */
export function passAtKTable(counts: readonly PassCounts[], ks: readonly number[]): Record<string, number> {
  return Object.fromEntries(ks.map((k) => [String(k), meanPassAtK(counts, k)]));
}
