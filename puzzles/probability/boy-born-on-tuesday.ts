/**
 * A family has the given number of children; each child is independently a boy or a girl with equal
 * chance and is born on one of `days` weekdays uniformly at random. You learn that at least one child
 * is a boy born on a Tuesday (weekday 1). What is the probability that all the children are boys?
 * Answer as an exact fraction [numerator, denominator].
 */
export function sat(prob: [number, number], children = 2, days = 7): boolean {
  if (prob.length !== 2) return false;
  const [num, den] = prob;
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) return false;
  // Each child is one of 2 * days equally likely kinds: kind = sex * days + weekday, sex 0 = boy.
  const kinds = 2 * days;
  let given = 0;
  let allBoys = 0;
  for (let x = 0; x < kinds ** children; x++) {
    let tuesdayBoy = false;
    let boys = 0;
    for (let v = x, c = 0; c < children; c++, v = Math.floor(v / kinds)) {
      const kind = v % kinds;
      if (kind < days) boys++;
      if (kind === 1) tuesdayBoy = true;
    }
    if (tuesdayBoy) {
      given++;
      if (boys === children) allBoys++;
    }
  }
  return BigInt(num) * BigInt(given) === BigInt(allBoys) * BigInt(den);
}

export function sol(children = 2, days = 7): [number, number] {
  // Complement counting: families with no Tuesday boy are excluded.
  const kinds = 2 * days;
  const given = kinds ** children - (kinds - 1) ** children;
  const allBoys = days ** children - (days - 1) ** children;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const g = gcd(allBoys, given);
  return [allBoys / g, given / g];
}
