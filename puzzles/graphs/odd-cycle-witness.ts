/**
 * Show that the undirected graph given by its edge list is not bipartite: find a cycle of odd
 * length, as a list of distinct vertices in which consecutive vertices, and also the last and the
 * first, are joined by an edge.
 */
export function sat(
  cycle: number[],
  edges = [[18, 4], [3, 16], [19, 18], [2, 18], [9, 14], [16, 1], [8, 17], [11, 9], [14, 1], [12, 7], [17, 3], [0, 17], [5, 0], [6, 19], [8, 6], [6, 2], [13, 12], [19, 16], [7, 8], [0, 11], [1, 10], [3, 14], [13, 10], [2, 15], [18, 13], [4, 12], [17, 19], [11, 3], [5, 8], [10, 7], [15, 4], [16, 13]],
): boolean {
  const k = cycle.length;
  if (k < 3 || k % 2 !== 1 || new Set(cycle).size !== k) return false;
  const joined = (a: number, b: number) => edges.some(([u, v]) => (u === a && v === b) || (u === b && v === a));
  for (let i = 0; i < k; i++) {
    if (!joined(cycle[i], cycle[(i + 1) % k])) return false;
  }
  return true;
}

export function sol(
  edges = [[18, 4], [3, 16], [19, 18], [2, 18], [9, 14], [16, 1], [8, 17], [11, 9], [14, 1], [12, 7], [17, 3], [0, 17], [5, 0], [6, 19], [8, 6], [6, 2], [13, 12], [19, 16], [7, 8], [0, 11], [1, 10], [3, 14], [13, 10], [2, 15], [18, 13], [4, 12], [17, 19], [11, 3], [5, 8], [10, 7], [15, 4], [16, 13]],
): number[] {
  const adj = new Map<number, number[]>();
  for (const [u, v] of edges) {
    if (!adj.has(u)) adj.set(u, []);
    if (!adj.has(v)) adj.set(v, []);
    adj.get(u)!.push(v);
    adj.get(v)!.push(u);
  }
  const depth = new Map<number, number>();
  const parent = new Map<number, number>();
  for (const root of adj.keys()) {
    if (depth.has(root)) continue;
    depth.set(root, 0);
    parent.set(root, root);
    const queue = [root];
    while (queue.length > 0) {
      const u = queue.shift()!;
      for (const v of adj.get(u)!) {
        if (!depth.has(v)) {
          depth.set(v, depth.get(u)! + 1);
          parent.set(v, u);
          queue.push(v);
        } else if (depth.get(v) === depth.get(u)) {
          // Same BFS level: walk both up to the common ancestor.
          let a = u;
          let b = v;
          const left = [a];
          const right = [b];
          while (a !== b) {
            a = parent.get(a)!;
            b = parent.get(b)!;
            left.push(a);
            right.push(b);
          }
          right.pop();
          return left.concat(right.reverse());
        }
      }
    }
  }
  return [];
}
