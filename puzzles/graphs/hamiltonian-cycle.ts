/**
 * Find a cycle that visits every vertex 0..n-1 of the undirected graph exactly once (a Hamiltonian
 * cycle): a permutation of the vertices in which consecutive vertices, and the last and the first,
 * are joined by an edge.
 */
export function sat(
  cycle: number[],
  n = 24,
  edges = [[0, 15], [0, 17], [1, 7], [1, 8], [1, 16], [2, 6], [2, 11], [2, 15], [2, 20], [3, 9], [3, 23], [4, 6], [4, 10], [4, 14], [4, 22], [5, 7], [5, 9], [5, 13], [5, 15], [5, 20], [6, 9], [6, 16], [6, 19], [7, 17], [7, 22], [8, 12], [8, 13], [8, 19], [10, 16], [10, 17], [11, 12], [11, 17], [13, 15], [14, 18], [14, 20], [16, 19], [16, 21], [18, 23], [20, 21], [21, 22]],
): boolean {
  if (cycle.length !== n || new Set(cycle).size !== n) return false;
  if (!cycle.every((v) => Number.isInteger(v) && v >= 0 && v < n)) return false;
  const joined = (a: number, b: number) => edges.some(([u, v]) => (u === a && v === b) || (u === b && v === a));
  return cycle.every((v, i) => joined(v, cycle[(i + 1) % n]));
}

export function sol(
  n = 24,
  edges = [[0, 15], [0, 17], [1, 7], [1, 8], [1, 16], [2, 6], [2, 11], [2, 15], [2, 20], [3, 9], [3, 23], [4, 6], [4, 10], [4, 14], [4, 22], [5, 7], [5, 9], [5, 13], [5, 15], [5, 20], [6, 9], [6, 16], [6, 19], [7, 17], [7, 22], [8, 12], [8, 13], [8, 19], [10, 16], [10, 17], [11, 12], [11, 17], [13, 15], [14, 18], [14, 20], [16, 19], [16, 21], [18, 23], [20, 21], [21, 22]],
): number[] {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const [u, v] of edges) {
    adj[u].push(v);
    adj[v].push(u);
  }
  const onPath = new Array<boolean>(n).fill(false);
  const path = [0];
  onPath[0] = true;
  const extend = (): boolean => {
    const u = path[path.length - 1];
    if (path.length === n) return adj[u].includes(0);
    // Try the neighbours with the fewest free neighbours first.
    const free = (v: number) => adj[v].filter((w) => !onPath[w]).length;
    const next = adj[u].filter((v) => !onPath[v]).sort((a, b) => free(a) - free(b));
    for (const v of next) {
      onPath[v] = true;
      path.push(v);
      if (extend()) return true;
      path.pop();
      onPath[v] = false;
    }
    return false;
  };
  extend();
  return path;
}
