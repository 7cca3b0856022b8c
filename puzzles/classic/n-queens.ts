/**
 * Place n queens on an n x n chessboard so that no two attack each other (no shared row, column or
 * diagonal). Answer with the column of the queen in each row.
 */
export function sat(cols: number[], n = 14): boolean {
  if (cols.length !== n || !cols.every((c) => Number.isInteger(c) && c >= 0 && c < n)) return false;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (cols[i] === cols[j] || Math.abs(cols[i] - cols[j]) === j - i) return false;
    }
  }
  return true;
}

export function sol(n = 14): number[] {
  const cols: number[] = [];
  const place = (row: number): boolean => {
    if (row === n) return true;
    for (let c = 0; c < n; c++) {
      if (cols.every((d, r) => d !== c && Math.abs(d - c) !== row - r)) {
        cols.push(c);
        if (place(row + 1)) return true;
        cols.pop();
      }
    }
    return false;
  };
  place(0);
  return cols;
}
