/**
 * Colour the vertices 0..n-1 of the undirected graph given by its edge list with the three colours
 * 0, 1 and 2 so that the two ends of every edge get different colours. The answer lists the colour of
 * each vertex.
 */
export function sat(
  colours: number[],
  n = 24,
  edges = [[0, 1], [0, 2], [0, 12], [0, 17], [0, 19], [0, 20], [1, 2], [1, 3], [1, 8], [1, 9], [1, 13], [2, 8], [2, 17], [2, 19], [2, 20], [3, 12], [3, 16], [4, 6], [4, 17], [4, 19], [5, 7], [6, 12], [6, 14], [6, 16], [6, 18], [6, 19], [6, 20], [7, 12], [7, 15], [7, 20], [7, 21], [8, 11], [8, 19], [8, 20], [9, 11], [9, 13], [9, 14], [9, 18], [9, 19], [9, 20], [11, 22], [12, 13], [12, 18], [12, 22], [12, 23], [13, 14], [13, 17], [13, 20], [14, 18], [15, 18], [15, 20], [16, 18], [16, 23], [18, 21], [19, 21], [19, 22], [20, 21], [21, 23]],
): boolean {
  if (colours.length !== n) return false;
  if (!colours.every((c) => c === 0 || c === 1 || c === 2)) return false;
  return edges.every(([u, v]) => colours[u] !== colours[v]);
}

export function sol(
  n = 24,
  edges = [[0, 1], [0, 2], [0, 12], [0, 17], [0, 19], [0, 20], [1, 2], [1, 3], [1, 8], [1, 9], [1, 13], [2, 8], [2, 17], [2, 19], [2, 20], [3, 12], [3, 16], [4, 6], [4, 17], [4, 19], [5, 7], [6, 12], [6, 14], [6, 16], [6, 18], [6, 19], [6, 20], [7, 12], [7, 15], [7, 20], [7, 21], [8, 11], [8, 19], [8, 20], [9, 11], [9, 13], [9, 14], [9, 18], [9, 19], [9, 20], [11, 22], [12, 13], [12, 18], [12, 22], [12, 23], [13, 14], [13, 17], [13, 20], [14, 18], [15, 18], [15, 20], [16, 18], [16, 23], [18, 21], [19, 21], [19, 22], [20, 21], [21, 23]],
): number[] {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const [u, v] of edges) {
    adj[u].push(v);
    adj[v].push(u);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => adj[b].length - adj[a].length);
  const colours = new Array<number>(n).fill(-1);
  const place = (k: number): boolean => {
    if (k === n) return true;
    const v = order[k];
    for (let c = 0; c < 3; c++) {
      if (adj[v].some((w) => colours[w] === c)) continue;
      colours[v] = c;
      if (place(k + 1)) return true;
    }
    colours[v] = -1;
    return false;
  };
  place(0);
  return colours;
}
