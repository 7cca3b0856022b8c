/**
 * Place 2n points on the n x n grid {0..n-1}^2 so that no three of them lie on a common straight
 * line (in any direction). Give the points as [x, y] pairs.
 */
export function sat(points: number[][], n = 8): boolean {
  if (points.length !== 2 * n) return false;
  if (!points.every((p) => p.length === 2 && p.every((c) => Number.isInteger(c) && c >= 0 && c < n))) return false;
  if (new Set(points.map(([x, y]) => x * n + y)).size !== points.length) return false;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      for (let k = j + 1; k < points.length; k++) {
        const [ax, ay] = points[i];
        const [bx, by] = points[j];
        const [cx, cy] = points[k];
        if ((bx - ax) * (cy - ay) === (cx - ax) * (by - ay)) return false;
      }
    }
  }
  return true;
}

export function sol(n = 8): number[][] {
  // Two points per row; every line through two chosen points blocks the grid cells on it.
  const points: number[][] = [];
  const blocked = new Array<number>(n * n).fill(0);
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  const mark = (x: number, y: number, delta: number) => {
    for (const [px, py] of points) {
      const g = gcd(x - px, y - py);
      const dx = (x - px) / g;
      const dy = (y - py) / g;
      let cx = px;
      let cy = py;
      while (cx - dx >= 0 && cx - dx < n && cy - dy >= 0 && cy - dy < n) {
        cx -= dx;
        cy -= dy;
      }
      for (; cx >= 0 && cx < n && cy >= 0 && cy < n; cx += dx, cy += dy) blocked[cx * n + cy] += delta;
    }
  };
  const add = (x: number, y: number) => {
    mark(x, y, 1);
    points.push([x, y]);
  };
  const remove = () => {
    const [x, y] = points.pop()!;
    mark(x, y, -1);
  };
  const free = (x: number, y: number) => blocked[x * n + y] === 0 && !points.some(([px, py]) => px === x && py === y);
  // Look for a solution symmetric under the half-turn (x, y) -> (n-1-x, n-1-y): each choice in
  // row y is mirrored in row n-1-y, which halves the depth of the search.
  const tryAdd = (cells: number[][]): number => {
    let added = 0;
    for (const [x, y] of cells) {
      if (!free(x, y)) break;
      add(x, y);
      added++;
    }
    if (added === cells.length) return added;
    for (let i = 0; i < added; i++) remove();
    return -1;
  };
  const fill = (y: number): boolean => {
    if (2 * y >= n) return true;
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const cells = [[a, y], [b, y], [n - 1 - a, n - 1 - y], [n - 1 - b, n - 1 - y]];
        const added = tryAdd(cells);
        if (added < 0) continue;
        if (fill(y + 1)) return true;
        for (let i = 0; i < added; i++) remove();
      }
    }
    return false;
  };
  fill(0);
  return points;
}
