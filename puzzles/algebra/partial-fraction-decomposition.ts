/**
 * Write N(x) / ((x - r1)(x - r2)...(x - rk)) as A1/(x - r1) + ... + Ak/(x - rk): find the
 * numbers [A1, ..., Ak]. N is given by its coefficients, constant term first; the roots are distinct.
 */
export function sat(A: number[], N = [-190, 32, 47, 3], roots = [1, -2, 4, -3]): boolean {
  if (!Array.isArray(A) || A.length !== roots.length || !A.every((v) => typeof v === "number" && Number.isFinite(v)))
    return false;
  // Multiply through by the denominator: sum of Ai * prod_{j != i} (x - rj) must equal N(x).
  // Both sides have degree below k, so agreeing at k + 1 points settles it.
  for (let x = 10; x <= 10 + roots.length; x++) {
    const left = A.reduce((s, a, i) => s + a * roots.reduce((p, r, j) => (j === i ? p : p * (x - r)), 1), 0);
    const right = N.reduceRight((acc, c) => acc * x + c, 0);
    if (Math.abs(left - right) > 1e-9 * Math.max(1, Math.abs(right))) return false;
  }
  return true;
}

export function sol(N = [-190, 32, 47, 3], roots = [1, -2, 4, -3]): number[] {
  // Cover-up rule: Ai = N(ri) / prod_{j != i} (ri - rj).
  return roots.map((r, i) => {
    const num = N.reduceRight((acc, c) => acc * r + c, 0);
    const den = roots.reduce((p, s, j) => (j === i ? p : p * (r - s)), 1);
    return num / den;
  });
}
