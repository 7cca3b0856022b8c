/**
 * Roll the given number of fair dice with faces 1..sides. Find a set of distinct possible totals
 * such that the probability that the total lands in the set is exactly target[0] / target[1].
 */
export function sat(totals: number[], dice = 3, sides = 6, target = [1, 3]): boolean {
  if (!totals.every((t) => Number.isInteger(t) && t >= dice && t <= dice * sides)) return false;
  if (new Set(totals).size !== totals.length) return false;
  const outcomes = sides ** dice;
  let hits = 0;
  for (let x = 0; x < outcomes; x++) {
    let sum = 0;
    for (let v = x, d = 0; d < dice; d++, v = Math.floor(v / sides)) sum += (v % sides) + 1;
    if (totals.includes(sum)) hits++;
  }
  return hits * target[1] === target[0] * outcomes;
}

export function sol(dice = 3, sides = 6, target = [1, 3]): number[] {
  // ways[s] = number of outcomes with total s.
  let ways = [1];
  for (let d = 0; d < dice; d++) {
    const next = new Array<number>(ways.length + sides).fill(0);
    ways.forEach((w, s) => {
      for (let f = 1; f <= sides; f++) next[s + f] += w;
    });
    ways = next;
  }
  const need = (target[0] * sides ** dice) / target[1];
  // Subset sum over the totals, remembering one way to reach each count.
  const via = new Map<number, number[]>([[0, []]]);
  for (let s = dice; s <= dice * sides; s++) {
    for (const [count, set] of [...via]) {
      const c = count + ways[s];
      if (c <= need && !via.has(c)) via.set(c, [...set, s]);
    }
  }
  return via.get(need) ?? [];
}
