/**
 * Roll the given number of fair dice, each with faces 1..sides. Find the expected value of the
 * largest face shown, as an exact fraction [numerator, denominator].
 */
export function sat(expected: [number, number], dice = 3, sides = 6): boolean {
  if (expected.length !== 2) return false;
  const [num, den] = expected;
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) return false;
  const outcomes = sides ** dice;
  let total = 0;
  for (let x = 0; x < outcomes; x++) {
    let max = 0;
    for (let v = x, d = 0; d < dice; d++, v = Math.floor(v / sides)) max = Math.max(max, (v % sides) + 1);
    total += max;
  }
  return BigInt(num) * BigInt(outcomes) === BigInt(total) * BigInt(den);
}

export function sol(dice = 3, sides = 6): [number, number] {
  // P(max <= m) = (m / sides)^dice, so E[max] = sum over m of m * (m^dice - (m-1)^dice) / sides^dice.
  let total = 0;
  for (let m = 1; m <= sides; m++) total += m * (m ** dice - (m - 1) ** dice);
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const g = gcd(total, sides ** dice);
  return [total / g, sides ** dice / g];
}
