/**
 * Tile a 2^k x 2^k board with one cell removed (the hole at [row, col]) by L-shaped trominoes (three
 * cells of a 2 x 2 square). Answer with the board: -1 on the hole, and on every other cell the
 * number of the tromino covering it (each number used for exactly one tromino).
 */
export function sat(board: number[][], k = 4, hole = [5, 10]): boolean {
  const size = 2 ** k;
  if (board.length !== size || !board.every((row) => row.length === size)) return false;
  const cells = new Map<number, number[][]>();
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const v = board[r][c];
      if (r === hole[0] && c === hole[1]) {
        if (v !== -1) return false;
        continue;
      }
      if (!Number.isInteger(v) || v < 0) return false;
      if (!cells.has(v)) cells.set(v, []);
      cells.get(v)!.push([r, c]);
    }
  }
  for (const group of cells.values()) {
    if (group.length !== 3) return false;
    const rows = group.map((p) => p[0]);
    const cols = group.map((p) => p[1]);
    if (Math.max(...rows) - Math.min(...rows) !== 1 || Math.max(...cols) - Math.min(...cols) !== 1) return false;
  }
  return true;
}

export function sol(k = 4, hole = [5, 10]): number[][] {
  const size = 2 ** k;
  const board = Array.from({ length: size }, () => new Array<number>(size).fill(-1));
  let next = 0;
  // Split into quadrants; one tromino at the centre covers a cell of each quadrant without the hole.
  const tile = (top: number, left: number, n: number, hr: number, hc: number): void => {
    if (n === 1) return;
    const h = n / 2;
    const id = next++;
    for (const [qr, qc] of [[0, 0], [0, 1], [1, 0], [1, 1]]) {
      const t = top + qr * h;
      const l = left + qc * h;
      if (hr >= t && hr < t + h && hc >= l && hc < l + h) {
        tile(t, l, h, hr, hc);
      } else {
        const cr = top + h - 1 + qr;
        const cc = left + h - 1 + qc;
        board[cr][cc] = id;
        tile(t, l, h, cr, cc);
      }
    }
  };
  tile(0, 0, size, hole[0], hole[1]);
  return board;
}
