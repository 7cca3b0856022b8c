/**
 * Find a permutation of 0, 1, ..., n-1 with exactly k inversions (pairs of positions i < j holding
 * values p[i] > p[j]).
 */
export function sat(p: number[], n = 12, k = 37): boolean {
  if (p.length !== n) return false;
  const seen = new Array<boolean>(n).fill(false);
  for (const v of p) {
    if (!Number.isInteger(v) || v < 0 || v >= n || seen[v]) return false;
    seen[v] = true;
  }
  let inversions = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if (p[i] > p[j]) inversions++;
  }
  return inversions === k;
}

export function sol(n = 12, k = 37): number[] {
  // Greedy: the element placed at position i creates as many inversions as there are smaller
  // elements still unused, at most n - 1 - i of them.
  const rest = Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  let need = k;
  for (let i = 0; i < n; i++) {
    const take = Math.min(need, n - 1 - i);
    out.push(rest.splice(take, 1)[0]);
    need -= take;
  }
  return out;
}
