/**
 * Find n distinct positive integers, none larger than maxValue, such that all 2^n subsets have
 * different sums.
 */
export function sat(nums: number[], n = 7, maxValue = 44): boolean {
  if (nums.length !== n) return false;
  if (!nums.every((x) => Number.isInteger(x) && x >= 1 && x <= maxValue)) return false;
  const sums = new Set<number>();
  for (let mask = 0; mask < 1 << n; mask++) {
    let s = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) s += nums[i];
    sums.add(s);
  }
  return sums.size === 2 ** n;
}

export function sol(n = 7, maxValue = 44): number[] {
  // Conway-Guy sequence: u(0) = 0, u(1) = 1, u(m+1) = 2u(m) - u(m - round(sqrt(2m))); the set
  // { u(n) - u(i) : 0 <= i < n } has distinct subset sums.
  const u = [0, 1];
  for (let m = 1; m < n; m++) u.push(2 * u[m] - u[m - Math.round(Math.sqrt(2 * m))]);
  return u.slice(0, n).map((x) => u[n] - x);
}
