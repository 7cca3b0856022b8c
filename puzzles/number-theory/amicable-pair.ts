/**
 * Find an amicable pair [a, b]: two distinct integers, both at least lo, such that the sum of the
 * proper divisors of a is b and the sum of the proper divisors of b is a.
 */
export function sat(pair: [number, number], lo = 6000): boolean {
  if (!Array.isArray(pair) || pair.length !== 2) return false;
  const [a, b] = pair;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a === b) return false;
  if (a < lo || b < lo || a > 1e10 || b > 1e10) return false;
  const properSum = (n: number): number => {
    let s = 1;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) s += d === n / d ? d : d + n / d;
    }
    return s;
  };
  return properSum(a) === b && properSum(b) === a;
}

export function sol(lo = 6000): [number, number] {
  for (let limit = 2 * lo + 100; limit < 1e8; limit *= 2) {
    const s = new Array<number>(limit + 1).fill(1);
    for (let d = 2; 2 * d <= limit; d++) {
      for (let m = 2 * d; m <= limit; m += d) s[m] = (s[m] as number) + d;
    }
    for (let a = lo; a <= limit; a++) {
      const b = s[a] as number;
      if (b > a && b <= limit && s[b] === a) return [a, b];
    }
  }
  return [0, 0];
}
