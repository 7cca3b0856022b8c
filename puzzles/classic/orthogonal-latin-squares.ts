/**
 * Find two orthogonal Latin squares of order n, written as one grid: cell value a * n + b stands for
 * the pair (a, b) with a from the first square and b from the second. Each of the two squares must
 * hold every symbol 0..n-1 once in each row and each column, and all n^2 pairs must occur.
 */
export function sat(grid: number[][], n = 12): boolean {
  if (grid.length !== n || !grid.every((row) => row.length === n)) return false;
  const cells = grid.flat();
  if (!cells.every((v) => Number.isInteger(v) && v >= 0 && v < n * n) || new Set(cells).size !== n * n) return false;
  for (let i = 0; i < n; i++) {
    const rowA = new Set<number>();
    const rowB = new Set<number>();
    const colA = new Set<number>();
    const colB = new Set<number>();
    for (let j = 0; j < n; j++) {
      rowA.add(Math.floor(grid[i][j] / n));
      rowB.add(grid[i][j] % n);
      colA.add(Math.floor(grid[j][i] / n));
      colB.add(grid[j][i] % n);
    }
    if (rowA.size !== n || rowB.size !== n || colA.size !== n || colB.size !== n) return false;
  }
  return true;
}

export function sol(n = 12): number[][] {
  // 12 = 4 * 3: take an orthogonal pair over the field with 4 elements and one over Z/3, and combine
  // them coordinate-wise (the direct product of orthogonal pairs is an orthogonal pair).
  const exp = [1, 2, 3];
  const log = [-1, 0, 1, 2];
  const mul4 = (a: number, b: number) => (a === 0 || b === 0 ? 0 : exp[(log[a] + log[b]) % 3]);
  const grid: number[][] = [];
  for (let r = 0; r < n; r++) {
    const row: number[] = [];
    for (let c = 0; c < n; c++) {
      const [r4, r3, c4, c3] = [Math.floor(r / 3), r % 3, Math.floor(c / 3), c % 3];
      const a = (r4 ^ c4) * 3 + ((r3 + c3) % 3);
      const b = (r4 ^ mul4(2, c4)) * 3 + ((r3 + 2 * c3) % 3);
      row.push(a * n + b);
    }
    grid.push(row);
  }
  return grid;
}
