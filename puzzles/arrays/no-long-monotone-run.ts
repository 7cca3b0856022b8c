/**
 * Find a permutation of 0..k*k-1 that has no increasing subsequence and no decreasing subsequence
 * longer than k (subsequences need not be contiguous).
 */
export function sat(p: number[], k = 8): boolean {
  const n = k * k;
  if (!Array.isArray(p) || p.length !== n) return false;
  if (![...p].sort((a, b) => a - b).every((v, i) => v === i)) return false;
  const up = new Array<number>(n).fill(1);
  const down = new Array<number>(n).fill(1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if ((p[j] as number) < (p[i] as number)) up[i] = Math.max(up[i] as number, (up[j] as number) + 1);
      else down[i] = Math.max(down[i] as number, (down[j] as number) + 1);
    }
    if ((up[i] as number) > k || (down[i] as number) > k) return false;
  }
  return true;
}

export function sol(k = 8): number[] {
  // k blocks, each block decreasing, the blocks themselves increasing: k-1..0, 2k-1..k, ...
  const out: number[] = [];
  for (let b = 0; b < k; b++) for (let i = k - 1; i >= 0; i--) out.push(b * k + i);
  return out;
}
