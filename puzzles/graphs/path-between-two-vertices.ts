/**
 * Find a path from vertex s to vertex t in the undirected graph given by its edge list: a list of
 * vertices that starts at s, ends at t, and whose consecutive vertices are joined by an edge.
 */
export function sat(
  path: number[],
  edges = [[0, 4], [4, 9], [9, 2], [2, 7], [7, 5], [4, 3], [3, 8], [8, 6], [6, 11], [11, 13], [13, 5], [1, 10], [10, 12], [12, 1], [14, 13]],
  s = 0,
  t = 14,
): boolean {
  if (path.length < 2 || path[0] !== s || path[path.length - 1] !== t) return false;
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i];
    const b = path[i + 1];
    if (!edges.some(([u, v]) => (u === a && v === b) || (u === b && v === a))) return false;
  }
  return true;
}

export function sol(
  edges = [[0, 4], [4, 9], [9, 2], [2, 7], [7, 5], [4, 3], [3, 8], [8, 6], [6, 11], [11, 13], [13, 5], [1, 10], [10, 12], [12, 1], [14, 13]],
  s = 0,
  t = 14,
): number[] {
  const prev = new Map<number, number>([[s, s]]);
  const queue = [s];
  while (queue.length > 0) {
    const u = queue.shift()!;
    if (u === t) break;
    for (const [a, b] of edges) {
      const v = a === u ? b : b === u ? a : -1;
      if (v >= 0 && !prev.has(v)) {
        prev.set(v, u);
        queue.push(v);
      }
    }
  }
  const path = [t];
  while (path[path.length - 1] !== s) path.push(prev.get(path[path.length - 1])!);
  return path.reverse();
}
