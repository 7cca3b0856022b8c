/** Find an integer n with lo <= n < hi whose binary representation has exactly k one bits. */
export function sat(n: number, k = 17, lo = 1000000, hi = 1040000): boolean {
  if (!Number.isInteger(n) || n < lo || n >= hi) return false;
  let ones = 0;
  for (let m = n; m > 0; m = Math.floor(m / 2)) ones += m % 2;
  return ones === k;
}

export function sol(k = 17, lo = 1000000, hi = 1040000): number {
  for (let n = lo; n < hi; n++) {
    if (n.toString(2).split("1").length - 1 === k) return n;
  }
  return -1;
}
