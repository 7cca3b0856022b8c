/**
 * Find the k-th smallest value of the list (k = 1 is the minimum; repeated values count once per
 * occurrence).
 */
export function sat(x: number, li = [45, 12, 88, 12, 67, 31, 99, 5, 74, 23, 56, 31, 90, 18], k = 7): boolean {
  if (!li.includes(x)) return false;
  const below = li.filter((y) => y < x).length;
  const atMost = li.filter((y) => y <= x).length;
  return below < k && atMost >= k;
}

export function sol(li = [45, 12, 88, 12, 67, 31, 99, 5, 74, 23, 56, 31, 90, 18], k = 7): number {
  return [...li].sort((a, b) => a - b)[k - 1];
}
