/**
 * Divide the polynomial p by the monic polynomial d (coefficient lists, constant term first):
 * find [quotient, remainder] with p = quotient * d + remainder and the remainder having fewer
 * coefficients than d.
 */
export function sat(qr: number[][], p = [4, -1, 7, 0, -2, 3], d = [5, -3, 1]): boolean {
  if (!Array.isArray(qr) || qr.length !== 2) return false;
  const [q, r] = qr as [number[], number[]];
  if (!Array.isArray(q) || !Array.isArray(r) || r.length >= d.length || q.length > p.length) return false;
  if (![...q, ...r].every((v) => Number.isInteger(v))) return false;
  const total: number[] = new Array(Math.max(p.length, q.length + d.length - 1, r.length)).fill(0);
  q.forEach((a, i) => {
    d.forEach((b, j) => {
      total[i + j] = (total[i + j] as number) + a * b;
    });
  });
  r.forEach((a, i) => {
    total[i] = (total[i] as number) + a;
  });
  return total.every((v, i) => v === (p[i] ?? 0));
}

export function sol(p = [4, -1, 7, 0, -2, 3], d = [5, -3, 1]): number[][] {
  const rem = [...p];
  const dn = d.length - 1;
  const q: number[] = new Array(Math.max(p.length - dn, 1)).fill(0);
  for (let k = p.length - 1; k >= dn; k--) {
    const f = (rem[k] as number) / (d[dn] as number);
    q[k - dn] = f;
    for (let j = 0; j <= dn; j++) rem[k - dn + j] = (rem[k - dn + j] as number) - f * (d[j] as number);
  }
  return [q, rem.slice(0, dn)];
}
