/**
 * Find an assignment (a list of n values 0/1) satisfying every clause of a 2-CNF formula. A clause
 * [p, q] holds when literal p or literal q is true; literal k means variable k (1-based) is 1 and
 * -k means it is 0. There are too many variables to try every assignment.
 */
export function sat(
  assignment: number[],
  clauses = [
    [-20, -9], [-31, 30], [13, 15], [-20, -31], [17, -23], [33, -18], [19, 34], [-15, 28], [15, 27],
    [-33, -5], [9, -13], [-19, 18], [-33, 35], [-20, 5], [-16, 15], [12, -40], [20, -23], [31, 7],
    [-31, -19], [29, 2], [-40, -39], [31, -33], [20, -35], [-16, -11], [34, -7], [-23, -22], [24, 18],
    [-2, 23], [22, -14], [25, 1], [-3, -40], [34, -5], [-12, 6], [4, -26], [3, -26], [-3, -6], [-4, 39],
    [4, 5], [-33, -39], [-12, -18], [-16, -10], [36, 23], [15, 36], [36, -18], [-36, -18], [-21, 23],
    [13, 32], [16, 7], [29, -32], [32, -18], [10, 15], [-26, -18], [13, -37], [1, 4], [-18, -11], [23, -16],
    [23, -1], [30, -33], [7, 15], [-1, 9], [12, -11], [-12, -1], [24, -23], [-40, 8], [37, 12], [7, 4],
    [-18, 9], [36, -9], [-26, -21], [4, -18], [-23, 17], [-16, 10], [-8, 39], [6, 10], [-2, 8], [-35, 39],
    [-35, 30], [9, -11], [-14, 7], [32, 17], [31, 25], [22, 25], [3, 24], [20, -38], [6, -33], [38, 24],
    [35, 29], [-8, -18], [-31, 8], [-15, -20],
  ],
  n = 40,
): boolean {
  if (assignment.length !== n || !assignment.every((v) => v === 0 || v === 1)) return false;
  const lit = (l: number): boolean => (l > 0 ? assignment[l - 1] === 1 : assignment[-l - 1] === 0);
  return clauses.every((c) => c.some(lit));
}

export function sol(
  clauses = [
    [-20, -9], [-31, 30], [13, 15], [-20, -31], [17, -23], [33, -18], [19, 34], [-15, 28], [15, 27],
    [-33, -5], [9, -13], [-19, 18], [-33, 35], [-20, 5], [-16, 15], [12, -40], [20, -23], [31, 7],
    [-31, -19], [29, 2], [-40, -39], [31, -33], [20, -35], [-16, -11], [34, -7], [-23, -22], [24, 18],
    [-2, 23], [22, -14], [25, 1], [-3, -40], [34, -5], [-12, 6], [4, -26], [3, -26], [-3, -6], [-4, 39],
    [4, 5], [-33, -39], [-12, -18], [-16, -10], [36, 23], [15, 36], [36, -18], [-36, -18], [-21, 23],
    [13, 32], [16, 7], [29, -32], [32, -18], [10, 15], [-26, -18], [13, -37], [1, 4], [-18, -11], [23, -16],
    [23, -1], [30, -33], [7, 15], [-1, 9], [12, -11], [-12, -1], [24, -23], [-40, 8], [37, 12], [7, 4],
    [-18, 9], [36, -9], [-26, -21], [4, -18], [-23, 17], [-16, 10], [-8, 39], [6, 10], [-2, 8], [-35, 39],
    [-35, 30], [9, -11], [-14, 7], [32, 17], [31, 25], [22, 25], [3, 24], [20, -38], [6, -33], [38, 24],
    [35, 29], [-8, -18], [-31, 8], [-15, -20],
  ],
  n = 40,
): number[] {
  // Implication graph on 2n literal nodes (node 2v is "v true", 2v+1 is "v false"), then Kosaraju.
  const node = (l: number): number => (l > 0 ? 2 * (l - 1) : 2 * (-l - 1) + 1);
  const N = 2 * n;
  const adj: number[][] = Array.from({ length: N }, () => []);
  const radj: number[][] = Array.from({ length: N }, () => []);
  for (const c of clauses) {
    const p = c[0] as number;
    const q = c.length > 1 ? (c[1] as number) : p;
    const edges: [number, number][] = [
      [node(p) ^ 1, node(q)],
      [node(q) ^ 1, node(p)],
    ];
    for (const [u, v] of edges) {
      (adj[u] as number[]).push(v);
      (radj[v] as number[]).push(u);
    }
  }
  const order: number[] = [];
  const seen: boolean[] = new Array(N).fill(false);
  for (let s = 0; s < N; s++) {
    if (seen[s]) continue;
    const stack: [number, number][] = [[s, 0]];
    seen[s] = true;
    while (stack.length) {
      const top = stack[stack.length - 1] as [number, number];
      const [u, i] = top;
      const nbrs = adj[u] as number[];
      if (i < nbrs.length) {
        top[1]++;
        const v = nbrs[i] as number;
        if (!seen[v]) {
          seen[v] = true;
          stack.push([v, 0]);
        }
      } else {
        order.push(u);
        stack.pop();
      }
    }
  }
  const comp: number[] = new Array(N).fill(-1);
  let c = 0;
  for (let k = N - 1; k >= 0; k--) {
    const s = order[k] as number;
    if (comp[s] !== -1) continue;
    const stack = [s];
    comp[s] = c;
    while (stack.length) {
      const u = stack.pop() as number;
      for (const v of radj[u] as number[]) {
        if (comp[v] === -1) {
          comp[v] = c;
          stack.push(v);
        }
      }
    }
    c++;
  }
  // Components are numbered in topological order; a literal is true if its component comes later.
  return Array.from({ length: n }, (_, v) => ((comp[2 * v] as number) > (comp[2 * v + 1] as number) ? 1 : 0));
}
