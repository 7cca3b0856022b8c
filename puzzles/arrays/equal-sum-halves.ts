/**
 * Split nums into two halves of equal size and equal sum: find the indices of exactly half of the
 * elements whose sum is half the total.
 */
export function sat(
  idx: number[],
  nums = [
    16, 534, 332, 658, 386, 779, 413, 184, 342, 239, 149, 751, 659, 15, 834, 494, 852, 285, 648, 13, 874, 841,
    284, 778,
  ],
): boolean {
  if (!Array.isArray(idx) || idx.length * 2 !== nums.length || new Set(idx).size !== idx.length) return false;
  if (!idx.every((i) => Number.isInteger(i) && i >= 0 && i < nums.length)) return false;
  const total = nums.reduce((a, b) => a + b, 0);
  return idx.reduce((s, i) => s + (nums[i] as number), 0) * 2 === total;
}

export function sol(
  nums = [
    16, 534, 332, 658, 386, 779, 413, 184, 342, 239, 149, 751, 659, 15, 834, 494, 852, 285, 648, 13, 874, 841,
    284, 778,
  ],
): number[] {
  const n = nums.length;
  const half = n / 2;
  const total = nums.reduce((a, b) => a + b, 0);
  if (total % 2 !== 0) return [];
  const goal = total / 2;
  // by[c][s] = 1 + the index of the element whose addition first made "c elements summing to s" reachable
  // (0 = unreachable). Items are added one at a time, counts downward, so each item is used at most once.
  const by = Array.from({ length: half + 1 }, () => new Int32Array(goal + 1));
  (by[0] as Int32Array)[0] = -1;
  for (let i = 0; i < n; i++) {
    const v = nums[i] as number;
    for (let c = Math.min(half, i + 1); c >= 1; c--) {
      const src = by[c - 1] as Int32Array;
      const dst = by[c] as Int32Array;
      for (let s = goal; s >= v; s--) if (dst[s] === 0 && src[s - v] !== 0) dst[s] = i + 1;
    }
  }
  if ((by[half] as Int32Array)[goal] === 0) return [];
  const out: number[] = [];
  let s = goal;
  for (let c = half; c > 0; c--) {
    const i = ((by[c] as Int32Array)[s] as number) - 1;
    out.push(i);
    s -= nums[i] as number;
  }
  return out.sort((a, b) => a - b);
}
