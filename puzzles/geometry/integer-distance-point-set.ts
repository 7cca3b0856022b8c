/**
 * Find k distinct lattice points, with every coordinate between -bound and bound and no three of
 * them on a common line, such that the distance between any two of them is a whole number.
 */
export function sat(points: number[][], k = 9, bound = 1105): boolean {
  if (points.length !== k) return false;
  if (!points.every((p) => p.length === 2 && p.every((c) => Number.isInteger(c) && Math.abs(c) <= bound))) return false;
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[j];
      const d2 = (ax - bx) ** 2 + (ay - by) ** 2;
      const d = Math.round(Math.sqrt(d2));
      if (d2 === 0 || d * d !== d2) return false;
      for (let l = j + 1; l < k; l++) {
        const [cx, cy] = points[l];
        if ((bx - ax) * (cy - ay) === (cx - ax) * (by - ay)) return false;
      }
    }
  }
  return true;
}

export function sol(k = 9, bound = 1105): number[][] {
  // If a^2 + b^2 = N for Gaussian integers z = a + bi, the points z^2 = (a^2 - b^2, 2ab) all lie on
  // the circle of radius N, and |z^2 - w^2| = |z - w| |z + w| = 2 |Im(z * conj(w))| is an integer.
  // N = 1105 = 5 * 13 * 17 has many such representations; -z^2 gives more points on the same circle.
  const points: number[][] = [];
  for (let a = 1; a * a < bound; a++) {
    const b = Math.round(Math.sqrt(bound - a * a));
    if (b > 0 && a * a + b * b === bound) points.push([a * a - b * b, 2 * a * b]);
  }
  return points.concat(points.map(([x, y]) => [-x, -y])).slice(0, k);
}
