/**
 * Solve the sudoku: puzzle lists the 81 cells row by row, a digit for a given cell and "." for an
 * empty one. Answer with the 81 digits of a completed grid that keeps the given digits and has each
 * of 1..9 exactly once in every row, every column and every 3 x 3 box.
 */
export function sat(grid: string, puzzle = "...9571.....2....5...1...4616.......98..4.5....7..9...53..1......2....8..4.7....."): boolean {
  if (typeof grid !== "string" || !/^[1-9]{81}$/.test(grid)) return false;
  for (let i = 0; i < 81; i++) if (puzzle[i] !== "." && puzzle[i] !== grid[i]) return false;
  for (let k = 0; k < 9; k++) {
    const row = new Set<string>();
    const col = new Set<string>();
    const box = new Set<string>();
    for (let j = 0; j < 9; j++) {
      row.add(grid[9 * k + j]);
      col.add(grid[9 * j + k]);
      box.add(grid[9 * (3 * Math.floor(k / 3) + Math.floor(j / 3)) + 3 * (k % 3) + (j % 3)]);
    }
    if (row.size !== 9 || col.size !== 9 || box.size !== 9) return false;
  }
  return true;
}

export function sol(puzzle = "...9571.....2....5...1...4616.......98..4.5....7..9...53..1......2....8..4.7....."): string {
  const cells = [...puzzle].map((ch) => (ch === "." ? 0 : Number(ch)));
  const rowUsed = new Array<number>(9).fill(0);
  const colUsed = new Array<number>(9).fill(0);
  const boxUsed = new Array<number>(9).fill(0);
  const boxOf = (i: number) => 3 * Math.floor(i / 27) + Math.floor((i % 9) / 3);
  const flip = (i: number, d: number) => {
    const bit = 1 << d;
    rowUsed[Math.floor(i / 9)] ^= bit;
    colUsed[i % 9] ^= bit;
    boxUsed[boxOf(i)] ^= bit;
  };
  cells.forEach((d, i) => {
    if (d !== 0) flip(i, d);
  });
  // Backtracking, always on the empty cell with the fewest candidates.
  const fill = (): boolean => {
    let best = -1;
    let bestFree = 0;
    let bestCount = 10;
    for (let i = 0; i < 81; i++) {
      if (cells[i] !== 0) continue;
      const free = ~(rowUsed[Math.floor(i / 9)] | colUsed[i % 9] | boxUsed[boxOf(i)]) & 0x3fe;
      let count = 0;
      for (let f = free; f !== 0; f &= f - 1) count++;
      if (count < bestCount) {
        best = i;
        bestFree = free;
        bestCount = count;
      }
    }
    if (best === -1) return true;
    for (let d = 1; d <= 9; d++) {
      if (!((bestFree >> d) & 1)) continue;
      cells[best] = d;
      flip(best, d);
      if (fill()) return true;
      flip(best, d);
      cells[best] = 0;
    }
    return false;
  };
  fill();
  return cells.join("");
}
