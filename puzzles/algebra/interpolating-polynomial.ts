/**
 * Find the integer coefficients [c0, c1, ..., ck] (constant term first, at most as many as
 * there are points) of a polynomial passing through every point [x, y] given.
 */
export function sat(
  c: number[],
  points = [[-3, 113], [-1, -9], [2, 3], [4, 141], [6, 887]],
): boolean {
  if (!Array.isArray(c) || c.length === 0 || c.length > points.length) return false;
  if (!c.every((v) => Number.isInteger(v))) return false;
  return points.every(([x, y]) => c.reduceRight((acc, v) => acc * (x as number) + v, 0) === y);
}

export function sol(points = [[-3, 113], [-1, -9], [2, 3], [4, 141], [6, 887]]): number[] {
  // Newton divided differences, then expand the Newton form into plain coefficients.
  const xs = points.map((p) => p[0] as number);
  const coef = points.map((p) => p[1] as number);
  const n = xs.length;
  for (let j = 1; j < n; j++)
    for (let i = n - 1; i >= j; i--)
      coef[i] = ((coef[i] as number) - (coef[i - 1] as number)) / ((xs[i] as number) - (xs[i - j] as number));
  let poly = [coef[n - 1] as number];
  for (let i = n - 2; i >= 0; i--) {
    // poly = poly * (x - xs[i]) + coef[i]
    const next = new Array(poly.length + 1).fill(0);
    poly.forEach((v, k) => {
      next[k + 1] += v;
      next[k] -= v * (xs[i] as number);
    });
    next[0] += coef[i] as number;
    poly = next;
  }
  const out = poly.map((v) => Math.round(v));
  while (out.length > 1 && out[out.length - 1] === 0) out.pop();
  return out;
}
