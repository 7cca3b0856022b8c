/**
 * An urn holds r red and b blue balls. Two balls are drawn without replacement, and both are red with
 * probability exactly 1/2. Find such [r, b] with more than minTotal balls in all.
 */
export function sat(balls: [number, number], minTotal = 1000): boolean {
  if (balls.length !== 2) return false;
  const [r, b] = balls;
  if (!Number.isSafeInteger(r) || !Number.isSafeInteger(b) || r < 2 || b < 0 || r + b <= minTotal)
    return false;
  // r/(r+b) * (r-1)/(r+b-1) = 1/2.
  const red = BigInt(r);
  const all = BigInt(r + b);
  return 2n * red * (red - 1n) === all * (all - 1n);
}

export function sol(minTotal = 1000): [number, number] {
  // Solutions (r, n = r + b) of 2r(r-1) = n(n-1) follow a Pell-type recurrence from (3, 4).
  let r = 3;
  let n = 4;
  while (n <= minTotal) [r, n] = [3 * r + 2 * n - 2, 4 * r + 3 * n - 3];
  return [r, n - r];
}
