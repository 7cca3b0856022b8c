/**
 * Find every satisfying assignment of the CNF formula `clauses` over n variables. A clause is a list
 * of literals: k stands for variable k (1-based) being 1, -k for it being 0. Each assignment is a
 * list of n values 0/1; list each satisfying assignment exactly once, in any order.
 */
export function sat(
  models: number[][],
  clauses = [[1, -2], [2, 3, -4], [-1, -3], [4, 5], [-5, -2, 1], [3, 5, -1]],
  n = 5,
): boolean {
  const holds = (a: number[]): boolean =>
    clauses.every((c) => c.some((l) => (l > 0 ? a[l - 1] === 1 : a[-l - 1] === 0)));
  const seen = new Set<string>();
  for (const m of models) {
    if (m.length !== n || !m.every((v) => v === 0 || v === 1)) return false;
    if (!holds(m)) return false;
    seen.add(m.join(""));
  }
  if (seen.size !== models.length) return false;
  let count = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    if (holds(Array.from({ length: n }, (_, i) => (mask >> i) & 1))) count++;
  }
  return count === models.length;
}

export function sol(
  clauses = [[1, -2], [2, 3, -4], [-1, -3], [4, 5], [-5, -2, 1], [3, 5, -1]],
  n = 5,
): number[][] {
  const out: number[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const a = Array.from({ length: n }, (_, i) => (mask >> i) & 1);
    if (clauses.every((c) => c.some((l) => (l > 0 ? a[l - 1] === 1 : a[-l - 1] === 0)))) out.push(a);
  }
  return out;
}
