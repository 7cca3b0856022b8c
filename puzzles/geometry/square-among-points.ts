/**
 * Among the given lattice points, four are the corners of a square (its sides need not be parallel
 * to the axes). Give the indices of those four points in order around the square.
 */
export function sat(
  corners: number[],
  points = [[28, 32], [12, 28], [5, 13], [9, 22], [3, 39], [12, 12], [13, 23], [22, 35], [10, 12], [15, 29], [22, 32], [22, 3], [20, 19], [30, 19], [11, 17], [27, 6], [8, 35], [5, 31], [26, 22], [39, 15], [24, 2], [35, 0], [2, 28], [27, 31], [11, 23], [28, 6], [38, 11], [20, 22], [14, 35], [38, 12]],
): boolean {
  if (corners.length !== 4 || new Set(corners).size !== 4) return false;
  if (!corners.every((i) => Number.isInteger(i) && i >= 0 && i < points.length)) return false;
  const q = corners.map((i) => points[i]);
  const d2 = (a: number[], b: number[]) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
  const side = d2(q[0], q[1]);
  return (
    side > 0 &&
    d2(q[1], q[2]) === side &&
    d2(q[2], q[3]) === side &&
    d2(q[3], q[0]) === side &&
    d2(q[0], q[2]) === 2 * side &&
    d2(q[1], q[3]) === 2 * side
  );
}

export function sol(
  points = [[28, 32], [12, 28], [5, 13], [9, 22], [3, 39], [12, 12], [13, 23], [22, 35], [10, 12], [15, 29], [22, 32], [22, 3], [20, 19], [30, 19], [11, 17], [27, 6], [8, 35], [5, 31], [26, 22], [39, 15], [24, 2], [35, 0], [2, 28], [27, 31], [11, 23], [28, 6], [38, 11], [20, 22], [14, 35], [38, 12]],
): number[] {
  const index = new Map(points.map(([x, y], i) => [`${x},${y}`, i]));
  for (let i = 0; i < points.length; i++) {
    for (let j = 0; j < points.length; j++) {
      if (i === j) continue;
      const [x1, y1] = points[i];
      const [x2, y2] = points[j];
      // Turn the side i -> j by a quarter turn to find the other two corners.
      const k = index.get(`${x2 - (y2 - y1)},${y2 + (x2 - x1)}`);
      const l = index.get(`${x1 - (y2 - y1)},${y1 + (x2 - x1)}`);
      if (k !== undefined && l !== undefined) return [i, j, k, l];
    }
  }
  return [];
}
