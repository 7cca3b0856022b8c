/**
 * Find all complex roots of the monic polynomial with real coefficients c (constant term first),
 * each as [re, im], listed with multiplicity, accurate to about 1e-6.
 */
export function sat(roots: number[][], c = [-195, 47, -24, 16, -5, 1]): boolean {
  const n = c.length - 1;
  if (!Array.isArray(roots) || roots.length !== n) return false;
  if (!roots.every((z) => Array.isArray(z) && z.length === 2 && z.every((v) => typeof v === "number" && Number.isFinite(v))))
    return false;
  // Expand the product of (x - root) and compare it with c coefficient by coefficient.
  let re: number[] = [1];
  let im: number[] = [0];
  for (const [a, b] of roots as [number, number][]) {
    const nre: number[] = new Array(re.length + 1).fill(0);
    const nim: number[] = new Array(re.length + 1).fill(0);
    re.forEach((r, k) => {
      const i = im[k] as number;
      nre[k + 1] = (nre[k + 1] as number) + r;
      nim[k + 1] = (nim[k + 1] as number) + i;
      nre[k] = (nre[k] as number) - (r * a - i * b);
      nim[k] = (nim[k] as number) - (r * b + i * a);
    });
    re = nre;
    im = nim;
  }
  return c.every((v, k) => Math.abs((re[k] as number) - v) <= 1e-6 * Math.max(1, Math.abs(v)) && Math.abs(im[k] as number) <= 1e-6 * Math.max(1, Math.abs(v)));
}

export function sol(c = [-195, 47, -24, 16, -5, 1]): number[][] {
  // Durand-Kerner: refine all roots simultaneously from distinct complex starting points.
  const n = c.length - 1;
  type C = [number, number];
  const mul = (x: C, y: C): C => [x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]];
  const div = (x: C, y: C): C => {
    const d = y[0] * y[0] + y[1] * y[1];
    return [(x[0] * y[0] + x[1] * y[1]) / d, (x[1] * y[0] - x[0] * y[1]) / d];
  };
  const evalAt = (z: C): C => {
    let acc: C = [0, 0];
    for (let k = n; k >= 0; k--) {
      acc = mul(acc, z);
      acc[0] += c[k] as number;
    }
    return acc;
  };
  let zs: C[] = Array.from({ length: n }, (_, k) => {
    let p: C = [1, 0];
    for (let j = 0; j < k; j++) p = mul(p, [0.4, 0.9]);
    return p;
  });
  for (let iter = 0; iter < 1000; iter++) {
    let moved = 0;
    zs = zs.map((z, i) => {
      let den: C = [1, 0];
      zs.forEach((w, j) => {
        if (j !== i) den = mul(den, [z[0] - w[0], z[1] - w[1]]);
      });
      const step = div(evalAt(z), den);
      moved = Math.max(moved, Math.abs(step[0]) + Math.abs(step[1]));
      return [z[0] - step[0], z[1] - step[1]];
    });
    if (moved < 1e-13) break;
  }
  return zs.map(([a, b]) => [Math.abs(a) < 1e-12 ? 0 : a, Math.abs(b) < 1e-12 ? 0 : b]);
}
