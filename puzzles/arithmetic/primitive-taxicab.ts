/**
 * Find positive integers [a, b, c, d] with a^3 + b^3 = c^3 + d^3, where {a, b} and {c, d} are
 * different pairs, the four numbers have no common divisor above 1, and the common sum is a
 * multiple of m.
 */
export function sat(li: number[], m = 31): boolean {
  if (!Array.isArray(li) || li.length !== 4) return false;
  if (!li.every((x) => Number.isInteger(x) && x > 0 && x <= 100000)) return false;
  const [a, b, c, d] = li as [number, number, number, number];
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  const sameSet = (a === c && b === d) || (a === d && b === c);
  const s = a ** 3 + b ** 3;
  return !sameSet && s === c ** 3 + d ** 3 && s % m === 0 && gcd(gcd(a, b), gcd(c, d)) === 1;
}

export function sol(m = 31): number[] {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  for (let limit = 100; limit <= 3200; limit *= 2) {
    const seen = new Map<number, [number, number][]>();
    for (let a = 1; a <= limit; a++)
      for (let b = a; b <= limit; b++) {
        const s = a ** 3 + b ** 3;
        if (s % m !== 0) continue;
        const pairs = seen.get(s) ?? [];
        for (const [c, d] of pairs) if (gcd(gcd(a, b), gcd(c, d)) === 1) return [a, b, c, d];
        pairs.push([a, b]);
        seen.set(s, pairs);
      }
  }
  return [];
}
