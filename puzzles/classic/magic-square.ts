/**
 * Find a magic square of order n: an n x n grid holding each of 1..n^2 once, in which every row,
 * every column and both main diagonals have the same sum.
 */
export function sat(square: number[][], n = 6): boolean {
  if (square.length !== n || !square.every((row) => row.length === n)) return false;
  const all = square.flat();
  if (new Set(all).size !== n * n || !all.every((v) => Number.isInteger(v) && v >= 1 && v <= n * n)) return false;
  const target = (n * (n * n + 1)) / 2;
  const sums: number[] = [];
  for (let i = 0; i < n; i++) {
    sums.push(square[i].reduce((a, b) => a + b, 0));
    sums.push(square.reduce((a, row) => a + row[i], 0));
  }
  sums.push(square.reduce((a, row, i) => a + row[i], 0));
  sums.push(square.reduce((a, row, i) => a + row[n - 1 - i], 0));
  return sums.every((s) => s === target);
}

export function sol(n = 6): number[][] {
  const odd = (m: number) => {
    // Siamese method: step up and to the right, drop down one when the cell is taken.
    const sq = Array.from({ length: m }, () => new Array<number>(m).fill(0));
    let r = 0;
    let c = (m - 1) / 2;
    for (let v = 1; v <= m * m; v++) {
      sq[r][c] = v;
      const nr = (r - 1 + m) % m;
      const nc = (c + 1) % m;
      if (sq[nr][nc] !== 0) {
        r = (r + 1) % m;
      } else {
        r = nr;
        c = nc;
      }
    }
    return sq;
  };
  if (n % 2 === 1) return odd(n);
  if (n % 4 === 0) {
    // Count through the grid, complementing the cells on the diagonals of each 4 x 4 block.
    return Array.from({ length: n }, (_, r) =>
      Array.from({ length: n }, (_, c) => {
        const v = r * n + c + 1;
        return r % 4 === c % 4 || (r % 4) + (c % 4) === 3 ? n * n + 1 - v : v;
      }),
    );
  }
  // Singly even order (Strachey): four odd squares of order h, then swap some columns between halves.
  const h = n / 2;
  const base = odd(h);
  const sq = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < h; c++) {
      sq[r][c] = base[r][c];
      sq[r + h][c + h] = base[r][c] + h * h;
      sq[r][c + h] = base[r][c] + 2 * h * h;
      sq[r + h][c] = base[r][c] + 3 * h * h;
    }
  }
  const k = (n - 2) / 4;
  const swap = (r: number, c: number) => {
    [sq[r][c], sq[r + h][c]] = [sq[r + h][c], sq[r][c]];
  };
  for (let r = 0; r < h; r++) {
    const cols: number[] = [];
    for (let c = 0; c < k; c++) cols.push(c);
    for (let c = n - k + 1; c < n; c++) cols.push(c);
    if (r === k) {
      // In the middle row the left block shifts by one column.
      cols[0] = k;
    }
    for (const c of cols) swap(r, c);
  }
  return sq;
}
