/**
 * Find the set x, written as a strictly increasing list of integers, whose symmetric difference
 * with set a (the elements in exactly one of x and a) is exactly set b.
 */
export function sat(x: number[], a = [2, 5, 9, 14, 20, 27, 33], b = [1, 5, 14, 18, 27, 40, 41, 50]): boolean {
  for (let i = 0; i < x.length; i++) {
    if (!Number.isInteger(x[i]) || (i > 0 && (x[i] as number) <= (x[i - 1] as number))) return false;
  }
  const sa = new Set(a);
  const sx = new Set(x);
  const diff = new Set<number>();
  for (const v of x) if (!sa.has(v)) diff.add(v);
  for (const v of a) if (!sx.has(v)) diff.add(v);
  const sb = new Set(b);
  return diff.size === sb.size && [...diff].every((v) => sb.has(v));
}

export function sol(a = [2, 5, 9, 14, 20, 27, 33], b = [1, 5, 14, 18, 27, 40, 41, 50]): number[] {
  const out = new Set<number>();
  for (const v of a) if (!b.includes(v)) out.add(v);
  for (const v of b) if (!a.includes(v)) out.add(v);
  return [...out].sort((p, q) => p - q);
}
