/**
 * Find a list of swaps [i, j] that, applied in order, sorts arr into increasing order using at most
 * maxSwaps swaps.
 */
export function sat(
  swaps: number[][],
  arr = [61, 101, 119, 73, 110, 48, 53, 21, 87, 69, 13, 94, 81, 39, 24, 34],
  maxSwaps = 13,
): boolean {
  if (!Array.isArray(swaps) || swaps.length > maxSwaps) return false;
  const a = [...arr];
  for (const s of swaps) {
    if (!Array.isArray(s) || s.length !== 2) return false;
    const [i, j] = s as [number, number];
    if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || j < 0 || i >= a.length || j >= a.length)
      return false;
    [a[i], a[j]] = [a[j] as number, a[i] as number];
  }
  return a.every((v, k) => k === 0 || (a[k - 1] as number) < v);
}

export function sol(
  arr = [61, 101, 119, 73, 110, 48, 53, 21, 87, 69, 13, 94, 81, 39, 24, 34],
  maxSwaps = 13,
): number[][] {
  // Each swap puts one element into its final place; a cycle of length c takes c - 1 swaps.
  const a = [...arr];
  const sorted = [...arr].sort((x, y) => x - y);
  const target = new Map(sorted.map((v, i) => [v, i]));
  const swaps: number[][] = [];
  for (let i = 0; i < a.length; i++) {
    while (target.get(a[i] as number) !== i) {
      const j = target.get(a[i] as number) as number;
      [a[i], a[j]] = [a[j] as number, a[i] as number];
      swaps.push([i, j]);
    }
  }
  return swaps.length <= maxSwaps ? swaps : [];
}
