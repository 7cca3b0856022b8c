/**
 * Find a permutation of 0..n-1 on which the quicksort below makes n(n-1)/2 comparisons, the most
 * possible. Each partition of a[lo..hi] moves the middle element a[(lo + hi) >> 1] to the end as the
 * pivot, compares every other element of the range with it once (Lomuto scheme), puts the pivot in
 * place, and then sorts both sides.
 */
export function sat(p: number[], n = 200): boolean {
  if (p.length !== n) return false;
  const seen = new Array<boolean>(n).fill(false);
  for (const v of p) {
    if (!Number.isInteger(v) || v < 0 || v >= n || seen[v]) return false;
    seen[v] = true;
  }
  const a = [...p];
  let comparisons = 0;
  const stack: number[][] = [[0, n - 1]];
  while (stack.length > 0) {
    const [lo, hi] = stack.pop()!;
    if (hi <= lo) continue;
    const mid = (lo + hi) >> 1;
    [a[mid], a[hi]] = [a[hi], a[mid]];
    const pivot = a[hi];
    let store = lo;
    for (let i = lo; i < hi; i++) {
      comparisons++;
      if (a[i] < pivot) {
        [a[i], a[store]] = [a[store], a[i]];
        store++;
      }
    }
    [a[store], a[hi]] = [a[hi], a[store]];
    stack.push([lo, store - 1], [store + 1, hi]);
  }
  return comparisons === (n * (n - 1)) / 2;
}

export function sol(n = 200): number[] {
  // Run the sort on position labels, deciding that every pivot is the smallest value left in its
  // range. Then nothing moves during the scan, and every partition peels off a single element.
  const labels = Array.from({ length: n }, (_, i) => i);
  const value = new Array<number>(n).fill(0);
  let next = 0;
  let lo = 0;
  const hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    [labels[mid], labels[hi]] = [labels[hi], labels[mid]];
    value[labels[hi]] = next++;
    [labels[lo], labels[hi]] = [labels[hi], labels[lo]];
    lo++;
  }
  if (lo === hi) value[labels[lo]] = next;
  return value;
}
