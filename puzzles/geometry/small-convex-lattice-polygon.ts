/**
 * Find a strictly convex polygon with n vertices at integer points (no three vertices collinear),
 * listed in counter-clockwise order, whose area is at most maxDoubleArea / 2.
 */
export function sat(poly: number[][], n = 9, maxDoubleArea = 21): boolean {
  if (poly.length !== n || !poly.every((p) => p.length === 2 && p.every((c) => Number.isInteger(c)))) return false;
  const cross = (o: number[], a: number[], b: number[]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  // Every other vertex lies strictly to the left of every edge: strictly convex, simple, counter-clockwise.
  for (let i = 0; i < n; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % n];
    for (let j = 0; j < n; j++) {
      if (j !== i && j !== (i + 1) % n && cross(a, b, poly[j]) <= 0) return false;
    }
  }
  let twice = 0;
  for (let i = 0; i < n; i++) twice += cross([0, 0], poly[i], poly[(i + 1) % n]);
  return twice <= maxDoubleArea;
}

export function sol(n = 9, maxDoubleArea = 21): number[][] {
  // A convex lattice polygon is a cycle of edge vectors in angular order summing to zero; small
  // polygons use short primitive vectors, so try every n-subset of the 16 shortest directions.
  const dirs: number[][] = [];
  for (let x = -2; x <= 2; x++) {
    for (let y = -2; y <= 2; y++) {
      const g = (a: number, b: number): number => (b === 0 ? a : g(b, a % b));
      if (Math.abs(x) + Math.abs(y) > 0 && Math.abs(x) + Math.abs(y) <= 3 && g(Math.abs(x), Math.abs(y)) === 1) {
        dirs.push([x, y]);
      }
    }
  }
  dirs.sort((a, b) => Math.atan2(a[1], a[0]) - Math.atan2(b[1], b[0]));
  let best: number[][] = [];
  let bestArea = Number.MAX_SAFE_INTEGER;
  const pick: number[][] = [];
  const choose = (from: number, sx: number, sy: number): void => {
    if (pick.length === n) {
      if (sx !== 0 || sy !== 0) return;
      const poly = [[0, 0]];
      for (const [dx, dy] of pick.slice(0, -1)) {
        const [px, py] = poly[poly.length - 1];
        poly.push([px + dx, py + dy]);
      }
      let twice = 0;
      for (let i = 0; i < n; i++) {
        const [ax, ay] = poly[i];
        const [bx, by] = poly[(i + 1) % n];
        twice += ax * by - ay * bx;
      }
      if (twice < bestArea) {
        bestArea = twice;
        best = poly;
      }
      return;
    }
    for (let i = from; i <= dirs.length - (n - pick.length); i++) {
      pick.push(dirs[i]);
      choose(i + 1, sx + dirs[i][0], sy + dirs[i][1]);
      pick.pop();
    }
  };
  choose(0, 0, 0);
  return best;
}
