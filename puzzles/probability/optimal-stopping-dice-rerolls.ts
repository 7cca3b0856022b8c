/**
 * You may roll a fair die with faces 1..sides up to `rolls` times. After each roll you either stop and
 * receive the face shown, or roll again; the last roll must be kept. Find the expected payoff under
 * the best strategy, as an exact fraction [numerator, denominator].
 */
export function sat(value: [number, number], sides = 8, rolls = 5): boolean {
  if (value.length !== 2) return false;
  const [num, den] = value;
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) return false;
  // v = p / q is the value with r rolls left; with one more roll, keep a face x only if x > v.
  let p = 0n;
  let q = 1n;
  for (let r = 0; r < rolls; r++) {
    let sumP = 0n;
    for (let x = 1n; x <= BigInt(sides); x++) sumP += x * q > p ? x * q : p;
    [p, q] = [sumP, q * BigInt(sides)];
  }
  return BigInt(num) * q === p * BigInt(den);
}

export function sol(sides = 8, rolls = 5): [number, number] {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let p = 0;
  let q = 1;
  for (let r = 0; r < rolls; r++) {
    // Faces above the threshold v = p / q are kept; the others are worth v each.
    let keptSum = 0;
    let rerolled = 0;
    for (let x = 1; x <= sides; x++) {
      if (x * q > p) keptSum += x;
      else rerolled++;
    }
    const np = keptSum * q + rerolled * p;
    const nq = q * sides;
    const g = gcd(np, nq);
    [p, q] = [np / g, nq / g];
  }
  return [p, q];
}
