/**
 * Find at most k distinct odd positive integers, none above limit, whose reciprocals add up
 * exactly to a / b.
 */
export function sat(li: number[], a = 4, b = 7, k = 4, limit = 1000): boolean {
  if (!Array.isArray(li) || li.length === 0 || li.length > k || new Set(li).size !== li.length) return false;
  if (!li.every((d) => Number.isInteger(d) && d > 0 && d <= limit && d % 2 === 1)) return false;
  // sum of 1/d over li equals a/b  <=>  b * sum(P/d) == a * P, with P the product of all d
  const P = li.reduce((acc, d) => acc * BigInt(d), 1n);
  const total = li.reduce((acc, d) => acc + P / BigInt(d), 0n);
  return BigInt(b) * total === BigInt(a) * P;
}

export function sol(a = 4, b = 7, k = 4, limit = 1000): number[] {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  const chosen: number[] = [];
  // p/q is what remains to be covered, with `left` terms still allowed.
  const go = (p: number, q: number, left: number, min: number): boolean => {
    if (p === 0) return true;
    if (left === 0) return false;
    let d = Math.max(min, Math.ceil(q / p));
    if (d % 2 === 0) d++;
    const hi = Math.min(limit, Math.floor((left * q) / p));
    for (; d <= hi; d += 2) {
      const np = p * d - q;
      const nq = q * d;
      const g = gcd(np, nq) || 1;
      chosen.push(d);
      if (go(np / g, nq / g, left - 1, d + 2)) return true;
      chosen.pop();
    }
    return false;
  };
  go(a, b, k, 1);
  return chosen;
}
