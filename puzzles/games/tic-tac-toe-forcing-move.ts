/**
 * Tic-tac-toe: the board is given row by row as 9 characters ("X", "O", or "." for empty) and X is to
 * move. Find the move with which X wins whatever O does afterwards, given as the board after X plays
 * it: the same 9 characters with one "." replaced by "X".
 */
export function sat(after: string, board = ".X.O.X.O."): boolean {
  if (typeof after !== "string" || after.length !== 9) return false;
  const changed: number[] = [];
  for (let i = 0; i < 9; i++) if (after[i] !== board[i]) changed.push(i);
  if (changed.length !== 1) return false;
  const i = changed[0] as number;
  if (board[i] !== "." || after[i] !== "X") return false;
  const lines = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];
  const won = (b: string, p: string) => lines.some((l) => l.every((j) => b[j] === p));
  // xWins(b, p): with p to move on b, X can force a win.
  const xWins = (b: string, p: string): boolean => {
    if (won(b, "X")) return true;
    if (won(b, "O") || !b.includes(".")) return false;
    const results: boolean[] = [];
    for (let j = 0; j < 9; j++) {
      if (b[j] === ".") results.push(xWins(b.slice(0, j) + p + b.slice(j + 1), p === "X" ? "O" : "X"));
    }
    return p === "X" ? results.some(Boolean) : results.every(Boolean);
  };
  return xWins(after, "O");
}

export function sol(board = ".X.O.X.O."): string {
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
    const after = board.slice(0, i) + "X" + board.slice(i + 1);
    if (board[i] === "." && xWins(after, "O")) return after;
  }
  return board;
}
