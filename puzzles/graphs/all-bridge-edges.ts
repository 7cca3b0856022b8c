/**
 * A bridge of an undirected graph is an edge whose removal disconnects its two ends. List the
 * indices (positions in the edge list) of all bridges of the graph, each exactly once, in any order.
 */
export function sat(
  bridges: number[],
  edges = [[9, 7], [11, 6], [8, 17], [0, 17], [11, 2], [9, 14], [18, 3], [14, 5], [3, 15], [10, 1], [3, 0], [16, 4], [5, 13], [8, 19], [10, 0], [14, 13], [1, 2], [16, 19], [12, 5], [2, 5], [19, 4], [6, 3], [13, 12], [6, 10], [11, 1], [15, 18]],
): boolean {
  if (new Set(bridges).size !== bridges.length) return false;
  if (!bridges.every((i) => Number.isInteger(i) && i >= 0 && i < edges.length)) return false;
  const isBridge = (skip: number): boolean => {
    const [from, to] = edges[skip];
    const seen = new Set([from]);
    const stack = [from];
    while (stack.length > 0) {
      const u = stack.pop()!;
      edges.forEach(([a, b], i) => {
        if (i === skip) return;
        const v = a === u ? b : b === u ? a : -1;
        if (v !== -1 && !seen.has(v)) {
          seen.add(v);
          stack.push(v);
        }
      });
    }
    return !seen.has(to);
  };
  return edges.every((_, i) => isBridge(i) === bridges.includes(i));
}

export function sol(
  edges = [[9, 7], [11, 6], [8, 17], [0, 17], [11, 2], [9, 14], [18, 3], [14, 5], [3, 15], [10, 1], [3, 0], [16, 4], [5, 13], [8, 19], [10, 0], [14, 13], [1, 2], [16, 19], [12, 5], [2, 5], [19, 4], [6, 3], [13, 12], [6, 10], [11, 1], [15, 18]],
): number[] {
  const adj = new Map<number, [number, number][]>();
  edges.forEach(([a, b], i) => {
    if (!adj.has(a)) adj.set(a, []);
    if (!adj.has(b)) adj.set(b, []);
    adj.get(a)!.push([b, i]);
    adj.get(b)!.push([a, i]);
  });
  const order = new Map<number, number>();
  const low = new Map<number, number>();
  const bridges: number[] = [];
  const visit = (u: number, viaEdge: number): void => {
    order.set(u, order.size);
    low.set(u, order.get(u)!);
    for (const [v, i] of adj.get(u)!) {
      if (i === viaEdge) continue;
      if (!order.has(v)) {
        visit(v, i);
        low.set(u, Math.min(low.get(u)!, low.get(v)!));
        if (low.get(v)! > order.get(u)!) bridges.push(i);
      } else {
        low.set(u, Math.min(low.get(u)!, order.get(v)!));
      }
    }
  };
  for (const u of adj.keys()) if (!order.has(u)) visit(u, -1);
  return bridges;
}
