/**
 * n points come from a seeded generator: x starts at seed, and each draw sets
 * x = x * 48271 mod 2147483647 and yields x mod size; point i is [draw 2i, draw 2i + 1]. Give the
 * corners of their convex hull as point indices in counter-clockwise order (a corner is where the
 * hull really turns: points in the middle of a hull edge are not corners).
 */
export function sat(hull: number[], n = 80, seed = 4242, size = 1000): boolean {
  const pts: number[][] = [];
  let x = seed;
  for (let k = 0; k < n; k++) {
    x = (x * 48271) % 2147483647;
    const px = x % size;
    x = (x * 48271) % 2147483647;
    pts.push([px, x % size]);
  }
  const m = hull.length;
  if (m < 3 || new Set(hull).size !== m || !hull.every((i) => Number.isInteger(i) && i >= 0 && i < n)) return false;
  const cross = (o: number[], a: number[], b: number[]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  for (let k = 0; k < m; k++) {
    const a = pts[hull[k]];
    const b = pts[hull[(k + 1) % m]];
    const c = pts[hull[(k + 2) % m]];
    // A real left turn at every corner ...
    if (cross(a, b, c) <= 0) return false;
    // ... and no point on the right of any edge.
    if (pts.some((p) => cross(a, b, p) < 0)) return false;
  }
  return true;
}

export function sol(n = 80, seed = 4242, size = 1000): number[] {
  const pts: number[][] = [];
  let x = seed;
  for (let k = 0; k < n; k++) {
    x = (x * 48271) % 2147483647;
    const px = x % size;
    x = (x * 48271) % 2147483647;
    pts.push([px, x % size]);
  }
  const cross = (o: number[], a: number[], b: number[]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  // Andrew's monotone chain.
  const order = pts.map((_, i) => i).sort((a, b) => pts[a][0] - pts[b][0] || pts[a][1] - pts[b][1]);
  const chain = (ids: number[]) => {
    const out: number[] = [];
    for (const i of ids) {
      while (out.length >= 2 && cross(pts[out[out.length - 2]], pts[out[out.length - 1]], pts[i]) <= 0) out.pop();
      out.push(i);
    }
    out.pop();
    return out;
  };
  return chain(order).concat(chain(order.slice().reverse()));
}
