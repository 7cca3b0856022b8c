/** Find n such that the binary representations of 0, 1, ..., n-1 contain s one bits in total. */
export function sat(n: number, s = 1295614668): boolean {
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 40) return false;
  let total = 0;
  for (let b = 1; b < n; b *= 2) {
    // Bit b repeats with period 2b: b zeros, then b ones.
    total += Math.floor(n / (2 * b)) * b + Math.max(0, (n % (2 * b)) - b);
  }
  return total === s;
}

export function sol(s = 1295614668): number {
  const count = (n: number): number => {
    let total = 0;
    for (let b = 1; b < n; b *= 2) total += Math.floor(n / (2 * b)) * b + Math.max(0, (n % (2 * b)) - b);
    return total;
  };
  // The count never decreases with n, so binary search for the first n reaching s.
  let lo = 0;
  let hi = 2 ** 40;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (count(mid) >= s) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
