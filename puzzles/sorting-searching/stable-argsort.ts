/**
 * Find the list of indices p that sorts li stably: li[p[0]] <= li[p[1]] <= ..., and indices of equal
 * values appear in increasing order.
 */
export function sat(p: number[], li = [5, 3, 9, 3, 1, 5, 7, 1, 9, 2, 5, 0]): boolean {
  const n = li.length;
  if (p.length !== n) return false;
  const seen = new Array<boolean>(n).fill(false);
  for (const i of p) {
    if (!Number.isInteger(i) || i < 0 || i >= n || seen[i]) return false;
    seen[i] = true;
  }
  for (let t = 1; t < n; t++) {
    const a = li[p[t - 1]];
    const b = li[p[t]];
    if (a > b || (a === b && p[t - 1] > p[t])) return false;
  }
  return true;
}

export function sol(li = [5, 3, 9, 3, 1, 5, 7, 1, 9, 2, 5, 0]): number[] {
  return li.map((_, i) => i).sort((i, j) => li[i] - li[j] || i - j);
}
