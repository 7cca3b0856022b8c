/** Find n with 1 <= n <= 1000000 such that 1 ^ 2 ^ 3 ^ ... ^ n (bitwise XOR) equals t. */
export function sat(n: number, t = 876543): boolean {
  if (!Number.isInteger(n) || n < 1 || n > 1000000) return false;
  let acc = 0;
  for (let i = 1; i <= n; i++) acc ^= i;
  return acc === t;
}

export function sol(t = 876543): number {
  // The prefix XOR of 1..n is n, 1, n + 1, 0 for n % 4 = 0, 1, 2, 3.
  if (t % 4 === 0 && t > 0) return t;
  if (t % 4 === 3) return t - 1;
  if (t === 1) return 1;
  if (t === 0) return 3;
  return -1;
}
