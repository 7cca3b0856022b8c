/**
 * People must cross a narrow bridge at night. At most two walk at once, and every crossing needs the
 * single torch, which walks with them; a group walks at the pace of its slowest member, times[i]
 * minutes for person i. Everyone and the torch start on the near side. List the crossings (each a
 * list of the people walking, alternately there and back) that get everyone across within limit
 * minutes.
 */
export function sat(crossings: number[][], times = [1, 3, 4, 6, 8, 9], limit = 31): boolean {
  const n = times.length;
  const far = new Array<boolean>(n).fill(false);
  let torchFar = false;
  let spent = 0;
  for (const group of crossings) {
    if (group.length < 1 || group.length > 2 || new Set(group).size !== group.length) return false;
    for (const p of group) {
      if (!Number.isInteger(p) || p < 0 || p >= n || far[p] !== torchFar) return false;
    }
    for (const p of group) far[p] = !torchFar;
    torchFar = !torchFar;
    spent += Math.max(...group.map((p) => times[p]));
  }
  return spent <= limit && far.every(Boolean);
}

export function sol(times = [1, 3, 4, 6, 8, 9], limit = 31): number[][] {
  // Dijkstra over (who is across, where the torch is).
  const n = times.length;
  const states = 2 ** (n + 1);
  const dist = new Array<number>(states).fill(Number.MAX_SAFE_INTEGER);
  const prev = new Array<[number, number[]] | undefined>(states);
  const done = new Array<boolean>(states).fill(false);
  dist[0] = 0;
  const goal = states - 1;
  for (;;) {
    let u = -1;
    for (let s = 0; s < states; s++) if (!done[s] && dist[s] < Number.MAX_SAFE_INTEGER && (u === -1 || dist[s] < dist[u])) u = s;
    if (u === -1 || u === goal) break;
    done[u] = true;
    const torchFar = (u >> n) & 1;
    const here = [];
    for (let p = 0; p < n; p++) if (((u >> p) & 1) === torchFar) here.push(p);
    const groups: number[][] = here.map((p) => [p]);
    for (let i = 0; i < here.length; i++) for (let j = i + 1; j < here.length; j++) groups.push([here[i], here[j]]);
    for (const g of groups) {
      let v = u ^ (1 << n);
      for (const p of g) v ^= 1 << p;
      const d = dist[u] + Math.max(...g.map((p) => times[p]));
      if (d < dist[v]) {
        dist[v] = d;
        prev[v] = [u, g];
      }
    }
  }
  const crossings: number[][] = [];
  for (let s = goal; s !== 0; s = prev[s]![0]) crossings.push(prev[s]![1]);
  return crossings.reverse();
}
