/**
 * Find integer coefficients [c1, c2, c3] such that every term of `seq` from the fourth on satisfies
 * seq[i] === c1 * seq[i - 1] + c2 * seq[i - 2] + c3 * seq[i - 3].
 */
export function sat(
  c: number[],
  seq = [3, -1, 4, -15, -4, -107, -144, -799, -1676, -6483, -16552, -55463, -154788, -487579],
): boolean {
  if (c.length !== 3 || !c.every((x) => Number.isInteger(x))) return false;
  const [c1, c2, c3] = c as [number, number, number];
  for (let i = 3; i < seq.length; i++) {
    const a = seq[i - 1] as number;
    const b = seq[i - 2] as number;
    const d = seq[i - 3] as number;
    if (seq[i] !== c1 * a + c2 * b + c3 * d) return false;
  }
  return true;
}

export function sol(
  seq = [3, -1, 4, -15, -4, -107, -144, -799, -1676, -6483, -16552, -55463, -154788, -487579],
): number[] {
  // Three equations (i = 3, 4, 5) in three unknowns, solved with Cramer's rule.
  const s = (i: number): number => seq[i] as number;
  const m = [3, 4, 5].map((i) => [s(i - 1), s(i - 2), s(i - 3)]);
  const rhs = [s(3), s(4), s(5)];
  const det3 = (a: number[][]): number => {
    const g = (r: number, col: number): number => (a[r] as number[])[col] as number;
    return (
      g(0, 0) * (g(1, 1) * g(2, 2) - g(1, 2) * g(2, 1)) -
      g(0, 1) * (g(1, 0) * g(2, 2) - g(1, 2) * g(2, 0)) +
      g(0, 2) * (g(1, 0) * g(2, 1) - g(1, 1) * g(2, 0))
    );
  };
  const d = det3(m);
  return [0, 1, 2].map(
    (col) => det3(m.map((row, r) => row.map((v, j) => (j === col ? (rhs[r] as number) : v)))) / d,
  );
}
