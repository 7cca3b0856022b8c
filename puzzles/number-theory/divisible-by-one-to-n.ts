/** Find a positive integer, no larger than `limit`, that is divisible by every integer from 1 to n. */
export function sat(x: number, n = 16, limit = 1000000): boolean {
  if (!Number.isInteger(x) || x < 1 || x > limit) return false;
  for (let d = 2; d <= n; d++) {
    if (x % d !== 0) return false;
  }
  return true;
}

export function sol(n = 16, limit = 1000000): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let l = 1;
  for (let d = 2; d <= n; d++) l = (l / gcd(l, d)) * d;
  return l <= limit ? l : -1;
}
