/**
 * Jugs with the given capacities start empty. A step is "F<i>" (fill jug i from the tap), "E<i>" (empty
 * jug i) or "P<i><j>" (pour jug i into jug j until i is empty or j is full). Find at most maxSteps
 * steps after which some jug holds exactly target units.
 */
export function sat(steps: string[], capacities = [9, 14, 23], target = 7, maxSteps = 20): boolean {
  if (steps.length > maxSteps) return false;
  const k = capacities.length;
  const jugs = new Array<number>(k).fill(0);
  for (const step of steps) {
    if (typeof step !== "string") return false;
    const m = /^(?:([FE])(\d)|P(\d)(\d))$/.exec(step);
    if (m === null) return false;
    if (m[1] !== undefined) {
      const i = Number(m[2]);
      if (i >= k) return false;
      jugs[i] = m[1] === "F" ? capacities[i] : 0;
    } else {
      const i = Number(m[3]);
      const j = Number(m[4]);
      if (i >= k || j >= k || i === j) return false;
      const amount = Math.min(jugs[i], capacities[j] - jugs[j]);
      jugs[i] -= amount;
      jugs[j] += amount;
    }
  }
  return jugs.includes(target);
}

export function sol(capacities = [9, 14, 23], target = 7, maxSteps = 20): string[] {
  // Breadth-first search over the jug contents.
  const k = capacities.length;
  const start = new Array<number>(k).fill(0).join(",");
  const prev = new Map<string, [string, string]>();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length > 0) {
    const key = queue.shift()!;
    const jugs = key.split(",").map(Number);
    if (jugs.includes(target)) {
      const steps: string[] = [];
      for (let s = key; s !== start; s = prev.get(s)![0]) steps.push(prev.get(s)![1]);
      return steps.reverse();
    }
    const options: [string, number[]][] = [];
    for (let i = 0; i < k; i++) {
      const full = jugs.slice();
      full[i] = capacities[i];
      options.push([`F${i}`, full]);
      const empty = jugs.slice();
      empty[i] = 0;
      options.push([`E${i}`, empty]);
      for (let j = 0; j < k; j++) {
        if (i === j) continue;
        const poured = jugs.slice();
        const amount = Math.min(poured[i], capacities[j] - poured[j]);
        poured[i] -= amount;
        poured[j] += amount;
        options.push([`P${i}${j}`, poured]);
      }
    }
    for (const [name, next] of options) {
      const nk = next.join(",");
      if (seen.has(nk)) continue;
      seen.add(nk);
      prev.set(nk, [key, name]);
      queue.push(nk);
    }
  }
  return [];
}
