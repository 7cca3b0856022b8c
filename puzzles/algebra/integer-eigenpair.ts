/**
 * Find an eigenvalue lambda of the integer matrix A with lambda >= t, together with a non-zero
 * integer eigenvector v, so that A v = lambda v exactly.
 */
export function sat(
  e: { lambda: number; v: number[] },
  A = [[-9, 2, 14], [22, 11, -14], [29, 36, 10]],
  t = 10,
): boolean {
  if (typeof e !== "object" || e === null || !Array.isArray(e.v)) return false;
  const { lambda, v } = e;
  if (typeof lambda !== "number" || !Number.isFinite(lambda) || lambda < t || v.length !== A.length) return false;
  if (!v.every((x) => Number.isInteger(x) && Math.abs(x) < 1e6) || v.every((x) => x === 0)) return false;
  return A.every((row, i) => row.reduce((s, a, j) => s + a * (v[j] as number), 0) === lambda * (v[i] as number));
}

export function sol(
  A = [[-9, 2, 14], [22, 11, -14], [29, 36, 10]],
  t = 10,
): { lambda: number; v: number[] } {
  const det3 = (m: number[][]): number => {
    const [a, b, c] = m as [number[], number[], number[]];
    return (
      (a[0] as number) * ((b[1] as number) * (c[2] as number) - (b[2] as number) * (c[1] as number)) -
      (a[1] as number) * ((b[0] as number) * (c[2] as number) - (b[2] as number) * (c[0] as number)) +
      (a[2] as number) * ((b[0] as number) * (c[1] as number) - (b[1] as number) * (c[0] as number))
    );
  };
  const shifted = (l: number): number[][] => A.map((row, i) => row.map((a, j) => (i === j ? a - l : a)));
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  const bound = A.flat().reduce((s, a) => s + Math.abs(a), 0);
  for (let l = Math.max(t, -bound); l <= bound; l++) {
    const M = shifted(l);
    if (det3(M) !== 0) continue;
    // A vector orthogonal to two independent rows of (A - l I) spans its null space.
    const rows = M as [number[], number[], number[]];
    for (const [p, q] of [
      [rows[0], rows[1]],
      [rows[0], rows[2]],
      [rows[1], rows[2]],
    ] as [number[], number[]][]) {
      const v = [
        (p[1] as number) * (q[2] as number) - (p[2] as number) * (q[1] as number),
        (p[2] as number) * (q[0] as number) - (p[0] as number) * (q[2] as number),
        (p[0] as number) * (q[1] as number) - (p[1] as number) * (q[0] as number),
      ];
      const g = v.reduce((acc, x) => gcd(acc, x), 0);
      if (g !== 0) return { lambda: l, v: v.map((x) => x / g) };
    }
  }
  return { lambda: t, v: [] };
}
