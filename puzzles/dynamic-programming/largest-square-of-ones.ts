/**
 * In the grid of "0" and "1" characters, find a largest square block made only of "1" cells. Return
 * [row, col, size]: its top-left cell and its side length.
 */
export function sat(
  square: [number, number, number],
  grid = [
    "1101110111",
    "0111011101",
    "1110111110",
    "1011111011",
    "1101111111",
    "0111111011",
    "1111111101",
    "1101110110"
  ]
): boolean {
  if (square.length !== 3 || !square.every((v) => Number.isInteger(v))) return false;
  const [row, col, size] = square;
  const rows = grid.length;
  const cols = grid[0].length;
  if (size < 1 || row < 0 || col < 0 || row + size > rows || col + size > cols) return false;
  for (let i = row; i < row + size; i++) {
    for (let j = col; j < col + size; j++) if (grid[i][j] !== "1") return false;
  }
  // side[i][j] = largest all-ones square with bottom-right corner (i, j).
  const side = grid.map((line) => [...line].map(() => 0));
  let best = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (grid[i][j] !== "1") continue;
      side[i][j] = i === 0 || j === 0 ? 1 : 1 + Math.min(side[i - 1][j], side[i][j - 1], side[i - 1][j - 1]);
      best = Math.max(best, side[i][j]);
    }
  }
  return size === best;
}

export function sol(
  grid = [
    "1101110111",
    "0111011101",
    "1110111110",
    "1011111011",
    "1101111111",
    "0111111011",
    "1111111101",
    "1101110110"
  ]
): [number, number, number] {
  const side = grid.map((line) => [...line].map(() => 0));
  let best: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < grid.length; i++) {
    for (let j = 0; j < grid[0].length; j++) {
      if (grid[i][j] !== "1") continue;
      side[i][j] = i === 0 || j === 0 ? 1 : 1 + Math.min(side[i - 1][j], side[i][j - 1], side[i - 1][j - 1]);
      const s = side[i][j];
      if (s > best[2]) best = [i - s + 1, j - s + 1, s];
    }
  }
  return best;
}
