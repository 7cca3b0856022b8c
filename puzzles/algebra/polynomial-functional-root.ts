/**
 * Find a polynomial q with integer coefficients (constant term first) such that q(q(x)) is
 * exactly the polynomial p.
 */
export function sat(q: number[], p = [6, -32, 72, -72, 27]): boolean {
  if (!Array.isArray(q) || q.length === 0 || q.length > p.length || !q.every((v) => Number.isInteger(v))) return false;
  const mul = (u: number[], v: number[]): number[] => {
    const out = new Array(u.length + v.length - 1).fill(0);
    u.forEach((a, i) => {
      v.forEach((b, j) => {
        out[i + j] += a * b;
      });
    });
    return out;
  };
  // Horner: q(q(x)) = (...(q_n * q + q_{n-1}) * q + ...) + q_0
  let comp = [0];
  for (let i = q.length - 1; i >= 0; i--) {
    comp = mul(comp, q);
    comp[0] = (comp[0] as number) + (q[i] as number);
  }
  while (comp.length > 1 && comp[comp.length - 1] === 0) comp.pop();
  return comp.length === p.length && comp.every((v, i) => v === p[i]);
}

export function sol(p = [6, -32, 72, -72, 27]): number[] {
  // For q = a x^2 + b x + c: q(q(x)) = a q^2 + b q + c, so matching the top coefficients gives
  // a^3 = p4, 2 a^2 b = p3, a b^2 + 2 a^2 c + a b = p2.
  const p4 = p[4] as number;
  const p3 = p[3] as number;
  const p2 = p[2] as number;
  const a = Math.round(Math.cbrt(p4));
  const b = p3 / (2 * a * a);
  const c = (p2 - a * b * b - a * b) / (2 * a * a);
  return [c, b, a];
}
