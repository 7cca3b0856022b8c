/**
 * Find [n, k] with minK <= k <= n - minK such that the binomial coefficient C(n, k) equals the
 * target.
 */
export function sat(nk: [number, number], target = 11628, minK = 3): boolean {
  if (nk.length !== 2) return false;
  const [n, k] = nk;
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(k) || k < minK || k > n - minK) return false;
  const r = Math.min(k, n - k);
  const t = BigInt(target);
  // C(n, i) grows with i up to n/2, so stop as soon as it passes the target.
  let c = 1n;
  for (let i = 1; i <= r; i++) {
    c = (c * BigInt(n - i + 1)) / BigInt(i);
    if (c > t) return false;
  }
  return c === t;
}

export function sol(target = 11628, minK = 3): [number, number] {
  for (let n = 2 * minK; ; n++) {
    let c = 1;
    for (let k = 1; k <= n / 2 && c <= target; k++) {
      c = (c * (n - k + 1)) / k;
      if (k >= minK && c === target) return [n, k];
    }
    // C(n, minK) only grows with n; once it passes the target nothing is left to find.
    let low = 1;
    for (let k = 1; k <= minK; k++) low = (low * (n - k + 1)) / k;
    if (low > target) return [0, 0];
  }
}
