/**
 * Tic-tac-toe: the board is given row by row as 9 characters ("X", "O", or "." for empty) and X is to
 * move. Find the square [row, col] where X should play so that X wins whatever O does afterwards.
 */
export function sat(move: [number, number], board = ".X.O.X.O."): boolean {
  const [r, c] = move;
  if (!Number.isInteger(r) || !Number.isInteger(c) || r < 0 || r > 2 || c < 0 || c > 2) return false;
  if (board[3 * r + c] !== ".") return false;
  const lines = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];
  const won = (b: string, p: string) => lines.some((l) => l.every((i) => b[i] === p));
  // xWins(b, p): with p to move on b, X can force a win.
  const xWins = (b: string, p: string): boolean => {
    if (won(b, "X")) return true;
    if (won(b, "O") || !b.includes(".")) return false;
    const results: boolean[] = [];
    for (let i = 0; i < 9; i++) {
      if (b[i] === ".") results.push(xWins(b.slice(0, i) + p + b.slice(i + 1), p === "X" ? "O" : "X"));
    }
    return p === "X" ? results.some(Boolean) : results.every(Boolean);
  };
  const i = 3 * r + c;
  return xWins(board.slice(0, i) + "X" + board.slice(i + 1), "O");
}

export function sol(board = ".X.O.X.O."): [number, number] {
  const lines = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];
  const won = (b: string, p: string) => lines.some((l) => l.every((i) => b[i] === p));
  const xWins = (b: string, p: string): boolean => {
    if (won(b, "X")) return true;
    if (won(b, "O") || !b.includes(".")) return false;
    const results: boolean[] = [];
    for (let i = 0; i < 9; i++) {
      if (b[i] === ".") results.push(xWins(b.slice(0, i) + p + b.slice(i + 1), p === "X" ? "O" : "X"));
    }
    return p === "X" ? results.some(Boolean) : results.every(Boolean);
  };
  for (let i = 0; i < 9; i++) {
    if (board[i] === "." && xWins(board.slice(0, i) + "X" + board.slice(i + 1), "O")) return [Math.floor(i / 3), i % 3];
  }
  return [0, 0];
}
