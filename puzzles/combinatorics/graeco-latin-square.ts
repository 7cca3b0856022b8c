/**
 * Find a Graeco-Latin square of order n, encoded as an n x n grid of integers: cell value v stands for
 * the pair (floor(v / n), v mod n). Each of the two coordinates must form a Latin square (every symbol
 * 0..n-1 once per row and once per column), and every one of the n*n pairs must occur exactly once.
 */
export function sat(grid: number[][], n = 7): boolean {
  if (grid.length !== n || !grid.every((row) => row.length === n)) return false;
  const cells = grid.flat();
  if (!cells.every((v) => Number.isInteger(v) && v >= 0 && v < n * n)) return false;
  if (new Set(cells).size !== n * n) return false;
  const isLatin = (f: (v: number) => number) => {
    for (let i = 0; i < n; i++) {
      const row = new Set(grid[i].map(f));
      const col = new Set(grid.map((r) => f(r[i])));
      if (row.size !== n || col.size !== n) return false;
    }
    return true;
  };
  return isLatin((v) => Math.floor(v / n)) && isLatin((v) => v % n);
}

export function sol(n = 7): number[][] {
  // For odd n the squares (i + j) and (2i + j) mod n are orthogonal.
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => ((i + j) % n) * n + ((2 * i + j) % n))
  );
}
