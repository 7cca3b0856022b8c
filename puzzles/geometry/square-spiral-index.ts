/**
 * Number the lattice points along a square spiral: 0 is at the origin, 1 at [1, 0], 2 at [1, 1], 3 at
 * [0, 1], 4 at [-1, 1], 5 at [-1, 0], 6 at [-1, -1], 7 at [0, -1], 8 at [1, -1], 9 at [2, -1], and so
 * on (right 1, up 1, left 2, down 2, right 3, up 3, ...). Find the number written at [x, y].
 */
export function sat(k: number, x = 217, y = 389): boolean {
  const r = Math.max(Math.abs(x), Math.abs(y));
  if (!Number.isInteger(k) || k < 0 || k > (2 * r + 1) ** 2) return false;
  const dirs = [[1, 0], [0, 1], [-1, 0], [0, -1]];
  let px = 0;
  let py = 0;
  let start = 0;
  for (let seg = 0; ; seg++) {
    const len = Math.floor(seg / 2) + 1;
    const [dx, dy] = dirs[seg % 4];
    if (k <= start + len) return px + (k - start) * dx === x && py + (k - start) * dy === y;
    px += len * dx;
    py += len * dy;
    start += len;
  }
}

export function sol(x = 217, y = 389): number {
  // Ring r ends at number (2r + 1)^2 - 1 on the point [r, -r]; walk back around that ring.
  const r = Math.max(Math.abs(x), Math.abs(y));
  if (r === 0) return 0;
  const last = (2 * r + 1) ** 2 - 1;
  if (y === -r) return last - (r - x);
  if (x === -r) return last - 2 * r - (r + y);
  if (y === r) return last - 4 * r - (x + r);
  return last - 6 * r - (r - y);
}
