/**
 * List every k-element subset of {0, ..., n-1} exactly once, each written as an increasing list, so
 * that each subset differs from the previous one by swapping out a single element for another (the
 * two share k - 1 elements).
 */
export function sat(subsets: number[][], n = 7, k = 3): boolean {
  let total = 1;
  for (let i = 0; i < k; i++) total = (total * (n - i)) / (i + 1);
  if (subsets.length !== total) return false;
  const keys = new Set<string>();
  for (const s of subsets) {
    if (s.length !== k) return false;
    for (let i = 0; i < k; i++) {
      if (!Number.isInteger(s[i]) || s[i] < 0 || s[i] >= n || (i > 0 && s[i] <= s[i - 1])) return false;
    }
    keys.add(s.join(","));
  }
  if (keys.size !== total) return false;
  for (let t = 1; t < subsets.length; t++) {
    const shared = subsets[t].filter((x) => subsets[t - 1].includes(x)).length;
    if (shared !== k - 1) return false;
  }
  return true;
}

export function sol(n = 7, k = 3): number[][] {
  // Revolving-door order: R(m, j) = R(m-1, j), then R(m-1, j-1) reversed with m-1 added.
  const build = (m: number, j: number): number[][] => {
    if (j === 0) return [[]];
    if (j === m) return [Array.from({ length: m }, (_, i) => i)];
    const withLast = build(m - 1, j - 1)
      .reverse()
      .map((s) => [...s, m - 1]);
    return [...build(m - 1, j), ...withLast];
  };
  return build(n, k);
}
