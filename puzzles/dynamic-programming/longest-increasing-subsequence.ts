/**
 * Find a longest strictly increasing subsequence of the list, given as its positions in increasing
 * order.
 */
export function sat(
  idx: number[],
  li = [
    31, 8, 47, 2, 19, 55, 12, 40, 3, 27, 61, 9, 33, 50, 14, 72, 6, 38, 44, 21, 67, 5, 58, 80, 16, 49, 63, 25,
    90, 11
  ]
): boolean {
  for (let t = 0; t < idx.length; t++) {
    const i = idx[t];
    if (!Number.isInteger(i) || i < 0 || i >= li.length) return false;
    if (t > 0 && (i <= idx[t - 1] || li[i] <= li[idx[t - 1]])) return false;
  }
  const len = li.map(() => 1);
  for (let j = 0; j < li.length; j++) {
    for (let i = 0; i < j; i++) if (li[i] < li[j]) len[j] = Math.max(len[j], len[i] + 1);
  }
  return idx.length === Math.max(...len);
}

export function sol(
  li = [
    31, 8, 47, 2, 19, 55, 12, 40, 3, 27, 61, 9, 33, 50, 14, 72, 6, 38, 44, 21, 67, 5, 58, 80, 16, 49, 63, 25,
    90, 11
  ]
): number[] {
  const n = li.length;
  const len = li.map(() => 1);
  const prev = li.map(() => -1);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < j; i++) {
      if (li[i] < li[j] && len[i] + 1 > len[j]) {
        len[j] = len[i] + 1;
        prev[j] = i;
      }
    }
  }
  let end = 0;
  for (let j = 1; j < n; j++) if (len[j] > len[end]) end = j;
  const out: number[] = [];
  for (let j = end; j >= 0; j = prev[j]) out.push(j);
  return out.reverse();
}
