/** Find the indices (in increasing order) of a strictly increasing subsequence of arr with at least len elements. */
export function sat(
  idx: number[],
  arr = [
    76, 6, 27, 84, 50, 36, 54, 51, 21, 83, 79, 4, 31, 74, 50, 29, 61, 47, 62, 0, 47, 96, 40, 10, 76, 82, 92,
    62, 78, 4, 58, 34, 15, 71, 61, 80, 47, 87, 26, 89,
  ],
  len = 11,
): boolean {
  if (!Array.isArray(idx) || idx.length < len) return false;
  for (let t = 0; t < idx.length; t++) {
    const i = idx[t] as number;
    if (!Number.isInteger(i) || i < 0 || i >= arr.length) return false;
    if (t > 0) {
      const p = idx[t - 1] as number;
      if (p >= i || (arr[p] as number) >= (arr[i] as number)) return false;
    }
  }
  return true;
}

export function sol(
  arr = [
    76, 6, 27, 84, 50, 36, 54, 51, 21, 83, 79, 4, 31, 74, 50, 29, 61, 47, 62, 0, 47, 96, 40, 10, 76, 82, 92,
    62, 78, 4, 58, 34, 15, 71, 61, 80, 47, 87, 26, 89,
  ],
  len = 11,
): number[] {
  // best[i] = length of the longest increasing subsequence ending at i; prev[i] = its previous index.
  const best = arr.map(() => 1);
  const prev = arr.map(() => -1);
  for (let i = 0; i < arr.length; i++) {
    for (let j = 0; j < i; j++) {
      if ((arr[j] as number) < (arr[i] as number) && (best[j] as number) + 1 > (best[i] as number)) {
        best[i] = (best[j] as number) + 1;
        prev[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < arr.length; i++) if ((best[i] as number) > (best[end] as number)) end = i;
  const out: number[] = [];
  for (let i = end; i !== -1; i = prev[i] as number) out.unshift(i);
  return out.length >= len ? out : [];
}
