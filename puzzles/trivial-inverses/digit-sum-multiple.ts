/**
 * Find a positive integer with exactly `digits` decimal digits whose digits add up to `sum` and that
 * is divisible by d.
 */
export function sat(n: number, digits = 6, sum = 50, d = 7): boolean {
  if (!Number.isInteger(n) || n <= 0 || String(n).length !== digits) return false;
  let total = 0;
  for (const c of String(n)) total += Number(c);
  return total === sum && n % d === 0;
}

export function sol(digits = 6, sum = 50, d = 7): number {
  // Large digit sums sit near the top of the range, so search downwards.
  for (let n = 10 ** digits - 1; n >= 10 ** (digits - 1); n--) {
    if (n % d !== 0) continue;
    let s = 0;
    for (let m = n; m > 0; m = Math.floor(m / 10)) s += m % 10;
    if (s === sum) return n;
  }
  return 0;
}
