/**
 * Given a non-negative integer N written in decimal, find floor(sqrt(N)), also written in decimal
 * (no sign, no leading zeros).
 */
export function sat(root: string, big = "123456789012345678901234567890123456789"): boolean {
  if (typeof root !== "string" || !/^(0|[1-9][0-9]*)$/.test(root)) return false;
  const r = BigInt(root);
  const n = BigInt(big);
  return r * r <= n && (r + 1n) * (r + 1n) > n;
}

export function sol(big = "123456789012345678901234567890123456789"): string {
  const n = BigInt(big);
  if (n < 2n) return n.toString();
  // Newton's method from above converges to the floor of the square root.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) / 2n;
    if (y >= x) return x.toString();
    x = y;
  }
}
