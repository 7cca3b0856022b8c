/**
 * Find a root of the integer polynomial with coefficients c (constant term first) that is a
 * fraction but not an integer, as [p, q] in lowest terms with q > 1.
 */
export function sat(f: [number, number], c = [-132, -53, 38, 170, 91]): boolean {
  if (!Array.isArray(f) || f.length !== 2) return false;
  const [p, q] = f;
  if (!Number.isSafeInteger(p) || !Number.isSafeInteger(q) || q < 2) return false;
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  if (gcd(p, q) !== 1) return false;
  // q^n * poly(p/q) = sum of c[i] * p^i * q^(n-i), computed exactly
  const n = c.length - 1;
  let total = 0n;
  c.forEach((ci, i) => {
    total += BigInt(ci) * BigInt(p) ** BigInt(i) * BigInt(q) ** BigInt(n - i);
  });
  return total === 0n;
}

export function sol(c = [-132, -53, 38, 170, 91]): [number, number] {
  // Rational root theorem: p divides the constant term, q divides the leading coefficient.
  const divisors = (m: number): number[] => {
    const out: number[] = [];
    for (let k = 1; k <= Math.abs(m); k++) if (m % k === 0) out.push(k);
    return out;
  };
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  const lead = c[c.length - 1] as number;
  const ps = divisors(c[0] as number);
  for (const q of divisors(lead)) {
    if (q < 2) continue;
    for (const a of ps)
      for (const p of [a, -a]) {
        if (gcd(p, q) !== 1) continue;
        // exact check: sum of c[i] p^i q^(n-i)
        const n = c.length - 1;
        let total = 0;
        c.forEach((ci, i) => {
          total += ci * p ** i * q ** (n - i);
        });
        if (total === 0) return [p, q];
      }
  }
  return [0, 1];
}
