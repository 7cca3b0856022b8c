/** Find a list a of integers such that, for every i, b[i] is the product of all elements of a except a[i]. */
export function sat(a: number[], b = [15120, -9072, 22680, 6480, 11340, 7560, -45360, 5040]): boolean {
  if (!Array.isArray(a) || a.length !== b.length) return false;
  if (!a.every((v) => Number.isInteger(v) && Math.abs(v) <= 1e6)) return false;
  for (let i = 0; i < a.length; i++) {
    let p = 1;
    for (let j = 0; j < a.length; j++) if (j !== i) p *= a[j] as number;
    if (p !== b[i]) return false;
  }
  return true;
}

export function sol(b = [15120, -9072, 22680, 6480, 11340, 7560, -45360, 5040]): number[] {
  // With P the product of all of a, b[i] = P / a[i] and the product of b is P^(n-1).
  const n = b.length;
  const logSum = b.reduce((s, v) => s + Math.log(Math.abs(v)), 0);
  const magnitude = Math.round(Math.exp(logSum / (n - 1)));
  for (const sign of [1, -1]) {
    const P = sign * magnitude;
    const a = b.map((v) => P / v);
    if (!a.every((v) => Number.isInteger(v))) continue;
    const ok = a.every((_, i) => a.reduce((p, v, j) => (j === i ? p : p * v), 1) === b[i]);
    if (ok) return a;
  }
  return [];
}
