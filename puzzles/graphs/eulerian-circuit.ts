/**
 * Find a closed walk that uses every edge of the undirected graph exactly once (an Eulerian
 * circuit). Give it as the list of visited vertices, whose first and last entries are equal.
 */
export function sat(
  walk: number[],
  edges = [[3, 5], [4, 10], [11, 3], [9, 6], [4, 6], [8, 3], [12, 13], [2, 1], [3, 9], [7, 5], [13, 11], [10, 1], [13, 9], [10, 13], [9, 4], [9, 12], [6, 10], [11, 4], [2, 4], [8, 11], [1, 9], [5, 8], [6, 7], [12, 1], [5, 10], [5, 9], [10, 2], [4, 12], [9, 8], [1, 5], [3, 2], [1, 3]],
): boolean {
  if (walk.length !== edges.length + 1 || walk[0] !== walk[walk.length - 1]) return false;
  const unused = new Map<string, number>();
  for (const [u, v] of edges) {
    const key = `${Math.min(u, v)},${Math.max(u, v)}`;
    unused.set(key, (unused.get(key) ?? 0) + 1);
  }
  for (let i = 0; i + 1 < walk.length; i++) {
    const a = walk[i];
    const b = walk[i + 1];
    if (!Number.isInteger(a) || !Number.isInteger(b)) return false;
    const key = `${Math.min(a, b)},${Math.max(a, b)}`;
    const left = unused.get(key) ?? 0;
    if (left === 0) return false;
    unused.set(key, left - 1);
  }
  return true;
}

export function sol(
  edges = [[3, 5], [4, 10], [11, 3], [9, 6], [4, 6], [8, 3], [12, 13], [2, 1], [3, 9], [7, 5], [13, 11], [10, 1], [13, 9], [10, 13], [9, 4], [9, 12], [6, 10], [11, 4], [2, 4], [8, 11], [1, 9], [5, 8], [6, 7], [12, 1], [5, 10], [5, 9], [10, 2], [4, 12], [9, 8], [1, 5], [3, 2], [1, 3]],
): number[] {
  // Hierholzer's algorithm.
  const adj = new Map<number, [number, number][]>();
  edges.forEach(([a, b], i) => {
    if (!adj.has(a)) adj.set(a, []);
    if (!adj.has(b)) adj.set(b, []);
    adj.get(a)!.push([b, i]);
    adj.get(b)!.push([a, i]);
  });
  const used = new Array<boolean>(edges.length).fill(false);
  const stack = [edges[0][0]];
  const circuit: number[] = [];
  while (stack.length > 0) {
    const u = stack[stack.length - 1];
    const list = adj.get(u)!;
    while (list.length > 0 && used[list[list.length - 1][1]]) list.pop();
    if (list.length === 0) {
      circuit.push(stack.pop()!);
    } else {
      const [v, i] = list.pop()!;
      used[i] = true;
      stack.push(v);
    }
  }
  return circuit;
}
