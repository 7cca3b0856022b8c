/**
 * The undirected graphs a and b on vertices 0..n-1 are isomorphic. Find the isomorphism: a
 * permutation p of 0..n-1 such that {u, v} is an edge of a exactly when {p[u], p[v]} is an edge of b.
 */
export function sat(
  p: number[],
  n = 16,
  a = [[0, 2], [0, 6], [0, 7], [0, 9], [1, 2], [1, 12], [1, 13], [1, 15], [2, 3], [2, 4], [2, 7], [2, 9], [2, 10], [2, 11], [3, 5], [3, 7], [3, 12], [3, 13], [3, 14], [4, 6], [5, 6], [5, 10], [5, 12], [6, 10], [7, 8], [7, 10], [7, 11], [7, 14], [8, 10], [8, 13], [8, 14], [9, 15], [10, 11], [11, 12]],
  b = [[14, 11], [4, 11], [14, 12], [2, 8], [1, 13], [10, 13], [2, 3], [5, 12], [14, 15], [6, 4], [4, 14], [10, 12], [7, 0], [6, 0], [9, 13], [9, 7], [4, 7], [14, 8], [13, 3], [3, 5], [11, 8], [6, 12], [11, 3], [4, 5], [2, 15], [4, 3], [14, 10], [4, 1], [6, 15], [11, 2], [9, 11], [11, 5], [9, 4], [10, 3]],
): boolean {
  if (p.length !== n || new Set(p).size !== n) return false;
  if (!p.every((v) => Number.isInteger(v) && v >= 0 && v < n)) return false;
  const key = (u: number, v: number) => Math.min(u, v) * n + Math.max(u, v);
  const inB = new Set(b.map(([u, v]) => key(u, v)));
  const mapped = new Set(a.map(([u, v]) => key(p[u], p[v])));
  return mapped.size === inB.size && [...mapped].every((k) => inB.has(k));
}

export function sol(
  n = 16,
  a = [[0, 2], [0, 6], [0, 7], [0, 9], [1, 2], [1, 12], [1, 13], [1, 15], [2, 3], [2, 4], [2, 7], [2, 9], [2, 10], [2, 11], [3, 5], [3, 7], [3, 12], [3, 13], [3, 14], [4, 6], [5, 6], [5, 10], [5, 12], [6, 10], [7, 8], [7, 10], [7, 11], [7, 14], [8, 10], [8, 13], [8, 14], [9, 15], [10, 11], [11, 12]],
  b = [[14, 11], [4, 11], [14, 12], [2, 8], [1, 13], [10, 13], [2, 3], [5, 12], [14, 15], [6, 4], [4, 14], [10, 12], [7, 0], [6, 0], [9, 13], [9, 7], [4, 7], [14, 8], [13, 3], [3, 5], [11, 8], [6, 12], [11, 3], [4, 5], [2, 15], [4, 3], [14, 10], [4, 1], [6, 15], [11, 2], [9, 11], [11, 5], [9, 4], [10, 3]],
): number[] {
  const adjacency = (edges: number[][]) => {
    const m = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
    for (const [u, v] of edges) {
      m[u][v] = true;
      m[v][u] = true;
    }
    return m;
  };
  const ma = adjacency(a);
  const mb = adjacency(b);
  const degree = (m: boolean[][], v: number) => m[v].filter(Boolean).length;
  // Vertex invariant: own degree plus the sorted degrees of the neighbours.
  const signature = (m: boolean[][], v: number) =>
    `${degree(m, v)}:${m[v]
      .map((x, w) => (x ? degree(m, w) : -1))
      .filter((d) => d >= 0)
      .sort((x, y) => x - y)
      .join(",")}`;
  const sa = Array.from({ length: n }, (_, v) => signature(ma, v));
  const sb = Array.from({ length: n }, (_, v) => signature(mb, v));
  // Assign the vertices of a in breadth-first order so that each has mapped neighbours early.
  const order: number[] = [];
  const seen = new Array<boolean>(n).fill(false);
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    seen[s] = true;
    order.push(s);
    for (let i = order.length - 1; i < order.length; i++) {
      for (let w = 0; w < n; w++) {
        if (ma[order[i]][w] && !seen[w]) {
          seen[w] = true;
          order.push(w);
        }
      }
    }
  }
  const p = new Array<number>(n).fill(-1);
  const taken = new Array<boolean>(n).fill(false);
  const assign = (k: number): boolean => {
    if (k === n) return true;
    const u = order[k];
    for (let x = 0; x < n; x++) {
      if (taken[x] || sa[u] !== sb[x]) continue;
      let ok = true;
      for (let j = 0; j < k && ok; j++) {
        const w = order[j];
        if (ma[u][w] !== mb[x][p[w]]) ok = false;
      }
      if (!ok) continue;
      p[u] = x;
      taken[x] = true;
      if (assign(k + 1)) return true;
      taken[x] = false;
      p[u] = -1;
    }
    return false;
  };
  assign(0);
  return p;
}
