/**
 * Find a tree on the vertices 0..n-1 (n = degrees.length) in which vertex i has exactly degrees[i]
 * neighbours. Give the tree as a list of n - 1 edges [u, v].
 */
export function sat(edges: number[][], degrees = [1, 3, 1, 3, 1, 4, 1, 1, 3, 1, 3, 1, 3, 1, 1, 3, 1]): boolean {
  const n = degrees.length;
  if (edges.length !== n - 1) return false;
  const deg = new Array<number>(n).fill(0);
  const root = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (root[x] === x ? x : (root[x] = find(root[x])));
  for (const e of edges) {
    if (e.length !== 2) return false;
    const [u, v] = e;
    if (!Number.isInteger(u) || !Number.isInteger(v) || u < 0 || v < 0 || u >= n || v >= n || u === v) return false;
    const ru = find(u);
    const rv = find(v);
    if (ru === rv) return false;
    root[ru] = rv;
    deg[u]++;
    deg[v]++;
  }
  return deg.every((d, i) => d === degrees[i]);
}

export function sol(degrees = [1, 3, 1, 3, 1, 4, 1, 1, 3, 1, 3, 1, 3, 1, 1, 3, 1]): number[][] {
  // Decode the Pruefer sequence in which vertex i appears degrees[i] - 1 times.
  const left = degrees.slice();
  const code: number[] = [];
  degrees.forEach((d, i) => {
    for (let k = 1; k < d; k++) code.push(i);
  });
  const edges: number[][] = [];
  for (const v of code) {
    const leaf = left.findIndex((d) => d === 1);
    edges.push([leaf, v]);
    left[leaf] = 0;
    left[v]--;
  }
  const rest = left.map((d, i) => (d === 1 ? i : -1)).filter((i) => i >= 0);
  edges.push([rest[0], rest[1]]);
  return edges;
}
