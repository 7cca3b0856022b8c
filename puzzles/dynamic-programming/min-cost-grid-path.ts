/**
 * Walk from the top-left to the bottom-right cell of the grid, moving only right ("R") or down ("D"),
 * so that the sum of the costs of all visited cells (both ends included) is as small as possible.
 * Return the moves as a string such as "RRDDR...".
 */
export function sat(
  moves: string,
  grid = [
    [3, 8, 1, 9, 4, 7, 2],
    [6, 1, 5, 2, 8, 3, 9],
    [2, 7, 3, 1, 6, 1, 4],
    [9, 4, 8, 6, 2, 5, 3],
    [1, 5, 2, 7, 3, 9, 6],
    [8, 3, 6, 4, 1, 2, 5]
  ]
): boolean {
  const rows = grid.length;
  const cols = grid[0].length;
  if (typeof moves !== "string" || !/^[RD]*$/.test(moves)) return false;
  let r = 0;
  let c = 0;
  let cost = grid[0][0];
  for (const m of moves) {
    if (m === "R") c++;
    else r++;
    if (r >= rows || c >= cols) return false;
    cost += grid[r][c];
  }
  if (r !== rows - 1 || c !== cols - 1) return false;
  const best = grid.map((row) => row.map(() => 0));
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const up = i > 0 ? best[i - 1][j] : Number.MAX_SAFE_INTEGER;
      const left = j > 0 ? best[i][j - 1] : Number.MAX_SAFE_INTEGER;
      best[i][j] = grid[i][j] + (i === 0 && j === 0 ? 0 : Math.min(up, left));
    }
  }
  return cost === best[rows - 1][cols - 1];
}

export function sol(
  grid = [
    [3, 8, 1, 9, 4, 7, 2],
    [6, 1, 5, 2, 8, 3, 9],
    [2, 7, 3, 1, 6, 1, 4],
    [9, 4, 8, 6, 2, 5, 3],
    [1, 5, 2, 7, 3, 9, 6],
    [8, 3, 6, 4, 1, 2, 5]
  ]
): string {
  const rows = grid.length;
  const cols = grid[0].length;
  // toEnd[i][j] = cheapest cost from (i, j) to the bottom-right corner.
  const toEnd = grid.map((row) => row.map(() => 0));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      const down = i + 1 < rows ? toEnd[i + 1][j] : Number.MAX_SAFE_INTEGER;
      const right = j + 1 < cols ? toEnd[i][j + 1] : Number.MAX_SAFE_INTEGER;
      toEnd[i][j] = grid[i][j] + (i === rows - 1 && j === cols - 1 ? 0 : Math.min(down, right));
    }
  }
  let moves = "";
  let i = 0;
  let j = 0;
  while (i < rows - 1 || j < cols - 1) {
    const down = i + 1 < rows ? toEnd[i + 1][j] : Number.MAX_SAFE_INTEGER;
    const right = j + 1 < cols ? toEnd[i][j + 1] : Number.MAX_SAFE_INTEGER;
    if (right <= down) {
      moves += "R";
      j++;
    } else {
      moves += "D";
      i++;
    }
  }
  return moves;
}
