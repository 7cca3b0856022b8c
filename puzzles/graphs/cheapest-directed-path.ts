/**
 * The directed graph has weighted arcs [from, to, cost] (two vertices may be linked by several arcs).
 * Find a path from s to t, as the list of vertices it visits, whose total cost is at most maxCost;
 * each step uses the cheapest arc between its two vertices.
 */
export function sat(
  path: number[],
  arcs = [[3, 5, 27], [9, 8, 26], [11, 1, 5], [9, 4, 5], [4, 11, 13], [10, 3, 6], [3, 0, 22], [3, 9, 12], [5, 1, 21], [8, 5, 5], [2, 7, 38], [4, 10, 10], [2, 8, 35], [0, 4, 1], [5, 6, 9], [9, 11, 4], [9, 1, 25], [9, 2, 14], [10, 1, 32], [3, 5, 4], [9, 1, 37], [10, 1, 7], [2, 3, 33], [1, 8, 3], [4, 3, 6], [6, 11, 6], [1, 6, 2], [10, 6, 28], [0, 11, 7], [2, 9, 16], [10, 1, 13], [11, 2, 21]],
  s = 0,
  t = 7,
  maxCost = 66,
): boolean {
  if (path.length < 2 || path[0] !== s || path[path.length - 1] !== t) return false;
  let total = 0;
  for (let i = 0; i + 1 < path.length; i++) {
    const costs = arcs.filter(([a, b]) => a === path[i] && b === path[i + 1]).map(([, , c]) => c);
    if (costs.length === 0) return false;
    total += Math.min(...costs);
  }
  return total <= maxCost;
}

export function sol(
  arcs = [[3, 5, 27], [9, 8, 26], [11, 1, 5], [9, 4, 5], [4, 11, 13], [10, 3, 6], [3, 0, 22], [3, 9, 12], [5, 1, 21], [8, 5, 5], [2, 7, 38], [4, 10, 10], [2, 8, 35], [0, 4, 1], [5, 6, 9], [9, 11, 4], [9, 1, 25], [9, 2, 14], [10, 1, 32], [3, 5, 4], [9, 1, 37], [10, 1, 7], [2, 3, 33], [1, 8, 3], [4, 3, 6], [6, 11, 6], [1, 6, 2], [10, 6, 28], [0, 11, 7], [2, 9, 16], [10, 1, 13], [11, 2, 21]],
  s = 0,
  t = 7,
  maxCost = 66,
): number[] {
  const dist = new Map<number, number>([[s, 0]]);
  const prev = new Map<number, number>();
  const done = new Set<number>();
  for (;;) {
    let u = -1;
    for (const [v, d] of dist) if (!done.has(v) && (u === -1 || d < dist.get(u)!)) u = v;
    if (u === -1 || u === t) break;
    done.add(u);
    for (const [a, b, c] of arcs) {
      if (a !== u) continue;
      const d = dist.get(u)! + c;
      if (!dist.has(b) || d < dist.get(b)!) {
        dist.set(b, d);
        prev.set(b, u);
      }
    }
  }
  const path = [t];
  while (path[path.length - 1] !== s) path.push(prev.get(path[path.length - 1])!);
  return path.reverse();
}
