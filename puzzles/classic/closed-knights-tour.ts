/**
 * Find a closed knight's tour of the n x n board: a list of all n * n squares [row, col], each once,
 * in which each square is a knight's move from the previous one and the last square is a knight's
 * move from the first.
 */
export function sat(tour: number[][], n = 8): boolean {
  if (tour.length !== n * n) return false;
  const seen = new Set<number>();
  for (const sq of tour) {
    if (sq.length !== 2 || !sq.every((v) => Number.isInteger(v) && v >= 0 && v < n)) return false;
    seen.add(sq[0] * n + sq[1]);
  }
  if (seen.size !== n * n) return false;
  return tour.every((sq, i) => {
    const next = tour[(i + 1) % tour.length];
    const dr = Math.abs(sq[0] - next[0]);
    const dc = Math.abs(sq[1] - next[1]);
    return (dr === 1 && dc === 2) || (dr === 2 && dc === 1);
  });
}

export function sol(n = 8): number[][] {
  // Warnsdorff's rule (go where the fewest onward moves remain), breaking ties by a seeded
  // pseudo-random order and restarting until the tour closes.
  const jumps = [[1, 2], [2, 1], [2, -1], [1, -2], [-1, -2], [-2, -1], [-2, 1], [-1, 2]];
  const inside = (r: number, c: number) => r >= 0 && r < n && c >= 0 && c < n;
  let seed = 42;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed;
  };
  for (let attempt = 0; attempt < 1000; attempt++) {
    const visited = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
    const tour = [[0, 0]];
    visited[0][0] = true;
    const onward = (r: number, c: number) => jumps.filter(([a, b]) => inside(r + a, c + b) && !visited[r + a][c + b]).length;
    while (tour.length < n * n) {
      const [r, c] = tour[tour.length - 1];
      let best: number[] | undefined;
      let bestKey = Number.MAX_SAFE_INTEGER;
      for (const [a, b] of jumps) {
        if (!inside(r + a, c + b) || visited[r + a][c + b]) continue;
        const key = onward(r + a, c + b) * 1e6 + (random() % 1e6);
        if (key < bestKey) {
          bestKey = key;
          best = [r + a, c + b];
        }
      }
      if (best === undefined) break;
      visited[best[0]][best[1]] = true;
      tour.push(best);
    }
    if (tour.length === n * n) {
      const [r, c] = tour[tour.length - 1];
      const dr = Math.abs(r);
      const dc = Math.abs(c);
      if ((dr === 1 && dc === 2) || (dr === 2 && dc === 1)) return tour;
    }
  }
  return [];
}
