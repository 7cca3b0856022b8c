/**
 * The undirected graph on vertices 0..n-1 has weighted edges [u, v, weight]. Pick edges (by their
 * index in the list) that form a spanning tree whose total weight is at most maxWeight.
 */
export function sat(
  chosen: number[],
  n = 12,
  edges = [[7, 0, 29], [2, 8, 63], [9, 4, 36], [2, 5, 96], [3, 11, 90], [10, 3, 20], [0, 10, 50], [10, 7, 78], [7, 1, 36], [11, 1, 71], [3, 9, 51], [0, 5, 98], [6, 7, 46], [0, 1, 90], [4, 2, 88], [1, 4, 39], [7, 9, 83], [3, 0, 31], [8, 0, 96], [1, 2, 24], [4, 10, 48], [4, 7, 17], [3, 6, 48], [7, 3, 24], [11, 0, 62], [10, 9, 62], [11, 2, 78], [1, 3, 63]],
  maxWeight = 453,
): boolean {
  if (chosen.length !== n - 1 || new Set(chosen).size !== n - 1) return false;
  const root = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (root[x] === x ? x : (root[x] = find(root[x])));
  let total = 0;
  for (const i of chosen) {
    if (!Number.isInteger(i) || i < 0 || i >= edges.length) return false;
    const [u, v, w] = edges[i];
    const ru = find(u);
    const rv = find(v);
    if (ru === rv) return false;
    root[ru] = rv;
    total += w;
  }
  return total <= maxWeight;
}

export function sol(
  n = 12,
  edges = [[7, 0, 29], [2, 8, 63], [9, 4, 36], [2, 5, 96], [3, 11, 90], [10, 3, 20], [0, 10, 50], [10, 7, 78], [7, 1, 36], [11, 1, 71], [3, 9, 51], [0, 5, 98], [6, 7, 46], [0, 1, 90], [4, 2, 88], [1, 4, 39], [7, 9, 83], [3, 0, 31], [8, 0, 96], [1, 2, 24], [4, 10, 48], [4, 7, 17], [3, 6, 48], [7, 3, 24], [11, 0, 62], [10, 9, 62], [11, 2, 78], [1, 3, 63]],
  maxWeight = 453,
): number[] {
  const root = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (root[x] === x ? x : (root[x] = find(root[x])));
  const byWeight = edges.map((_, i) => i).sort((a, b) => edges[a][2] - edges[b][2]);
  const chosen: number[] = [];
  for (const i of byWeight) {
    const ru = find(edges[i][0]);
    const rv = find(edges[i][1]);
    if (ru !== rv) {
      root[ru] = rv;
      chosen.push(i);
    }
  }
  return chosen;
}
