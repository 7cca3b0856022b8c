/**
 * Find the smallest positive integer n such that 1^2 + 2^2 + ... + n^2 is at least the target.
 */
export function sat(n: number, target = 987654321098765): boolean {
  if (!Number.isSafeInteger(n) || n < 1) return false;
  const squares = (m: bigint) => (m * (m + 1n) * (2n * m + 1n)) / 6n;
  const t = BigInt(target);
  return squares(BigInt(n)) >= t && squares(BigInt(n - 1)) < t;
}

export function sol(target = 987654321098765): number {
  const squares = (m: bigint) => (m * (m + 1n) * (2n * m + 1n)) / 6n;
  const t = BigInt(target);
  let lo = 1n;
  let hi = 1n;
  while (squares(hi) < t) hi *= 2n;
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    if (squares(mid) >= t) hi = mid;
    else lo = mid + 1n;
  }
  return Number(lo);
}
