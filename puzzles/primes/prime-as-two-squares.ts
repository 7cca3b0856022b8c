/** Find positive integers [a, b] with a*a + b*b = p, for the prime p (p is 1 modulo 4). */
export function sat(ab: [number, number], p = 2251799813685109): boolean {
  if (!Array.isArray(ab) || ab.length !== 2) return false;
  const [a, b] = ab;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b < 1) return false;
  if (a * a > p || b * b > p) return false;
  return a * a + b * b === p;
}

export function sol(p = 2251799813685109): [number, number] {
  // Products of residues can exceed 2^53, so multiply by doubling.
  const mulmod = (x: number, y: number): number => {
    let r = 0;
    x %= p;
    while (y > 0) {
      if (y % 2 === 1) {
        r += x;
        if (r >= p) r -= p;
      }
      x += x;
      if (x >= p) x -= p;
      y = Math.floor(y / 2);
    }
    return r;
  };
  const powmod = (b: number, e: number): number => {
    let r = 1;
    b %= p;
    while (e > 0) {
      if (e % 2 === 1) r = mulmod(r, b);
      b = mulmod(b, b);
      e = Math.floor(e / 2);
    }
    return r;
  };
  // A square root of -1: c^((p-1)/4) for a quadratic non-residue c.
  let c = 2;
  while (powmod(c, (p - 1) / 2) !== p - 1) c++;
  const x = powmod(c, (p - 1) / 4);
  // Hermite-Serret / Cornacchia: Euclid on (p, x) until the remainder drops below sqrt(p).
  let r0 = p;
  let r1 = Math.max(x, p - x);
  const limit = Math.sqrt(p);
  while (r1 > limit) [r0, r1] = [r1, r0 % r1];
  const a = r1;
  const b = Math.round(Math.sqrt(p - a * a));
  return a < b ? [a, b] : [b, a];
}
