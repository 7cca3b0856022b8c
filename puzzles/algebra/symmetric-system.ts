/** Find integers x <= y <= z with x + y + z = s, xy + yz + zx = q and xyz = r. */
export function sat(t: [number, number, number], s = 10, q = -67, r = -364): boolean {
  if (!Array.isArray(t) || t.length !== 3 || !t.every((v) => Number.isInteger(v))) return false;
  const [x, y, z] = t;
  return x <= y && y <= z && x + y + z === s && x * y + y * z + z * x === q && x * y * z === r;
}

export function sol(s = 10, q = -67, r = -364): [number, number, number] {
  // x, y, z are the roots of u^3 - s u^2 + q u - r; integer roots are bounded by the coefficients.
  const f = (u: number): number => ((u - s) * u + q) * u - r;
  const bound = 1 + Math.max(Math.abs(s), Math.abs(q), Math.abs(r));
  for (let u = -bound; u <= bound; u++) {
    if (f(u) !== 0) continue;
    // Divide out (u - root): remaining quadratic v^2 - (s - u) v + r / u (or q - u (s - u) when u = 0)
    const s2 = s - u;
    const p2 = q - u * s2;
    const disc = s2 * s2 - 4 * p2;
    const root = Math.round(Math.sqrt(Math.max(disc, 0)));
    if (root * root !== disc) continue;
    const sorted = [u, (s2 - root) / 2, (s2 + root) / 2].sort((a, b) => a - b) as [number, number, number];
    if (sorted.every((v) => Number.isInteger(v))) return sorted;
  }
  return [0, 0, 0];
}
