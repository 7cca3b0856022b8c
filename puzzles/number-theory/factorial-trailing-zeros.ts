/** Find a non-negative integer n such that the decimal representation of n! ends in exactly z zeros. */
export function sat(n: number, z = 123456789): boolean {
  if (!Number.isInteger(n) || n < 0 || n > 1e15) return false;
  let zeros = 0;
  for (let q = 5; q <= n; q *= 5) zeros += Math.floor(n / q);
  return zeros === z;
}

export function sol(z = 123456789): number {
  const zeros = (n: number): number => {
    let c = 0;
    for (let q = 5; q <= n; q *= 5) c += Math.floor(n / q);
    return c;
  };
  let lo = 0;
  let hi = 5 * z + 5;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (zeros(mid) >= z) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
