/**
 * Find a permutation p of 0..n-1 with no fixed point (p[i] !== i for every i) in which neighbouring
 * entries never hold consecutive values (|p[i] - p[i+1]| !== 1 for every i).
 */
export function sat(p: number[], n = 10): boolean {
  if (p.length !== n) return false;
  const seen = new Array<boolean>(n).fill(false);
  for (const v of p) {
    if (!Number.isInteger(v) || v < 0 || v >= n || seen[v]) return false;
    seen[v] = true;
  }
  return p.every((v, i) => v !== i && (i === 0 || Math.abs(v - p[i - 1]) !== 1));
}

export function sol(n = 10): number[] {
  const p: number[] = [];
  const used = new Array<boolean>(n).fill(false);
  const extend = (): boolean => {
    const i = p.length;
    if (i === n) return true;
    for (let v = 0; v < n; v++) {
      if (used[v] || v === i || (i > 0 && Math.abs(v - p[i - 1]) === 1)) continue;
      used[v] = true;
      p.push(v);
      if (extend()) return true;
      p.pop();
      used[v] = false;
    }
    return false;
  };
  extend();
  return p;
}
