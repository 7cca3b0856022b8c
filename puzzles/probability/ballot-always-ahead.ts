/**
 * An election has a votes for A and b votes for B (a > b), counted one at a time in a uniformly random
 * order. What is the probability that A is strictly ahead of B after every single vote is counted?
 * Answer as an exact fraction [numerator, denominator].
 */
export function sat(prob: [number, number], a = 12, b = 5): boolean {
  if (prob.length !== 2) return false;
  const [num, den] = prob;
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) return false;
  // Every order is a bit mask over a + b positions with b ones (votes for B); all are equally likely.
  // Visit the masks with exactly b ones in increasing order (Gosper's hack).
  const n = a + b;
  let orders = 0;
  let ahead = 0;
  for (let mask = (1 << b) - 1; mask < 1 << n; ) {
    orders++;
    let lead = 0;
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      lead += (mask >> i) & 1 ? -1 : 1;
      if (lead <= 0) ok = false;
    }
    if (ok) ahead++;
    if (mask === 0) break;
    const low = mask & -mask;
    const ripple = mask + low;
    mask = ripple | (((mask ^ ripple) / low) >> 2);
  }
  return BigInt(num) * BigInt(orders) === BigInt(ahead) * BigInt(den);
}

export function sol(a = 12, b = 5): [number, number] {
  // Bertrand's ballot theorem: (a - b) / (a + b).
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  const g = gcd(a - b, a + b);
  return [(a - b) / g, (a + b) / g];
}
