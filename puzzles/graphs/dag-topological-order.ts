/**
 * The directed graph on vertices 0..n-1 given by its edge list has no cycle. Find an ordering of all
 * its vertices (a permutation of 0..n-1) in which every edge [u, v] goes forward: u comes before v.
 */
export function sat(
  order: number[],
  n = 14,
  edges = [[3, 0], [3, 7], [7, 1], [0, 1], [12, 3], [12, 9], [9, 5], [5, 0], [13, 12], [2, 13], [2, 9], [6, 2], [11, 6], [11, 4], [4, 8], [8, 10], [10, 13], [8, 1]],
): boolean {
  if (order.length !== n) return false;
  const pos = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const v = order[i];
    if (!Number.isInteger(v) || v < 0 || v >= n || pos[v] !== -1) return false;
    pos[v] = i;
  }
  return edges.every(([u, v]) => pos[u] < pos[v]);
}

export function sol(
  n = 14,
  edges = [[3, 0], [3, 7], [7, 1], [0, 1], [12, 3], [12, 9], [9, 5], [5, 0], [13, 12], [2, 13], [2, 9], [6, 2], [11, 6], [11, 4], [4, 8], [8, 10], [10, 13], [8, 1]],
): number[] {
  const indeg = new Array<number>(n).fill(0);
  for (const [, v] of edges) indeg[v]++;
  const ready: number[] = [];
  for (let v = 0; v < n; v++) if (indeg[v] === 0) ready.push(v);
  const order: number[] = [];
  while (ready.length > 0) {
    const u = ready.pop()!;
    order.push(u);
    for (const [a, b] of edges) {
      if (a === u && --indeg[b] === 0) ready.push(b);
    }
  }
  return order;
}
