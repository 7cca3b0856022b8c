/**
 * Find a monic polynomial of degree at least d with integer coefficients (constant term first)
 * that divides both p and q exactly.
 */
export function sat(g: number[], p = [-60, 41, 30, -16, 3, 2], q = [-20, 107, -16, -3, 6, 1], d = 3): boolean {
  if (!Array.isArray(g) || g.length < d + 1 || g.length > 50 || g[g.length - 1] !== 1) return false;
  if (!g.every((v) => Number.isInteger(v) && Math.abs(v) < 1e6)) return false;
  const divides = (f: number[]): boolean => {
    const r = [...f];
    const n = g.length - 1;
    if (r.length <= n) return r.every((v) => v === 0);
    for (let k = r.length - 1; k >= n; k--) {
      const lead = r[k] as number;
      for (let j = 0; j <= n; j++) r[k - n + j] = (r[k - n + j] as number) - lead * (g[j] as number);
    }
    return r.every((v) => v === 0);
  };
  return divides(p) && divides(q);
}

export function sol(p = [-60, 41, 30, -16, 3, 2], q = [-20, 107, -16, -3, 6, 1], d = 3): number[] {
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  const trim = (f: number[]): number[] => {
    const out = [...f];
    while (out.length > 1 && out[out.length - 1] === 0) out.pop();
    return out;
  };
  const primitive = (f: number[]): number[] => {
    const c = f.reduce((acc, v) => gcd(acc, v), 0) || 1;
    const s = (f[f.length - 1] as number) < 0 ? -1 : 1;
    return f.map((v) => (s * v) / c);
  };
  // Pseudo-remainder of a by b, kept primitive so the integers stay small.
  const prem = (a: number[], b: number[]): number[] => {
    let r = trim(a);
    const lb = b[b.length - 1] as number;
    while (r.length >= b.length && !(r.length === 1 && r[0] === 0)) {
      const lr = r[r.length - 1] as number;
      const shift = r.length - b.length;
      const next = r.map((v) => v * lb);
      b.forEach((v, j) => {
        next[j + shift] = (next[j + shift] as number) - lr * v;
      });
      r = trim(next);
      if (r.every((v) => v === 0)) return [0];
      r = primitive(r);
    }
    return r;
  };
  let a = primitive(trim(p));
  let b = primitive(trim(q));
  while (!(b.length === 1 && b[0] === 0)) {
    const r = prem(a, b);
    a = b;
    b = r.length === 1 && r[0] !== 0 ? [1] : r;
    if (b.length === 1 && b[0] === 1) {
      a = [1];
      break;
    }
  }
  const lead = a[a.length - 1] as number;
  const g = a.map((v) => v / lead);
  return g;
}
