/**
 * The list has n terms a_i = (mul * i * i + add * i) mod m for i = 0..n-1. Among all n(n-1)/2
 * pairs i < j, find the k-th smallest of the distances |a_i - a_j| (k = 1 is the smallest).
 */
export function sat(d: number, n = 2000, mul = 7919, add = 31, m = 100000, k = 1234567): boolean {
  if (!Number.isSafeInteger(d) || d < 0) return false;
  const a = Float64Array.from({ length: n }, (_, i) => (((mul * i) % m) * i + add * i) % m).sort();
  // Count pairs at distance < limit with two pointers over the sorted values.
  const pairsBelow = (limit: number) => {
    let count = 0;
    let lo = 0;
    for (let hi = 0; hi < n; hi++) {
      while (a[hi] - a[lo] >= limit) lo++;
      count += hi - lo;
    }
    return count;
  };
  return pairsBelow(d) < k && pairsBelow(d + 1) >= k;
}

export function sol(n = 2000, mul = 7919, add = 31, m = 100000, k = 1234567): number {
  const a = Float64Array.from({ length: n }, (_, i) => (((mul * i) % m) * i + add * i) % m).sort();
  const pairsAtMost = (limit: number) => {
    let count = 0;
    let lo = 0;
    for (let hi = 0; hi < n; hi++) {
      while (a[hi] - a[lo] > limit) lo++;
      count += hi - lo;
    }
    return count;
  };
  let lo = 0;
  let hi = a[n - 1] - a[0];
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (pairsAtMost(mid) >= k) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
