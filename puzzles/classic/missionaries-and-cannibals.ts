/**
 * n missionaries and n cannibals must cross a river in a boat that carries 1 to `boat` people. The
 * boat starts on the left bank and its trips alternate left-to-right and right-to-left. Cannibals must
 * never outnumber the missionaries present on either bank or in the boat (unless no missionary is
 * there). List the trips as [missionaries, cannibals] in the boat, so that everyone ends on the right.
 */
export function sat(trips: number[][], n = 5, boat = 3): boolean {
  let m = n;
  let c = n;
  let left = true;
  const ok = (mis: number, can: number) => mis === 0 || mis >= can;
  for (const trip of trips) {
    if (trip.length !== 2) return false;
    const [tm, tc] = trip;
    if (!Number.isInteger(tm) || !Number.isInteger(tc) || tm < 0 || tc < 0) return false;
    if (tm + tc < 1 || tm + tc > boat || !ok(tm, tc)) return false;
    const sign = left ? -1 : 1;
    m += sign * tm;
    c += sign * tc;
    if (m < 0 || c < 0 || m > n || c > n) return false;
    if (!ok(m, c) || !ok(n - m, n - c)) return false;
    left = !left;
  }
  return m === 0 && c === 0 && !left;
}

export function sol(n = 5, boat = 3): number[][] {
  // Breadth-first search over (missionaries on the left, cannibals on the left, boat side).
  const ok = (mis: number, can: number) => mis === 0 || mis >= can;
  const start = `${n},${n},L`;
  const prev = new Map<string, [string, number[]]>();
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const key = queue.shift()!;
    const [ms, cs, side] = key.split(",");
    const m = Number(ms);
    const c = Number(cs);
    if (m === 0 && c === 0 && side === "R") {
      const trips: number[][] = [];
      for (let k = key; k !== start; k = prev.get(k)![0]) trips.push(prev.get(k)![1]);
      return trips.reverse();
    }
    const sign = side === "L" ? -1 : 1;
    for (let tm = 0; tm <= boat; tm++) {
      for (let tc = 0; tm + tc <= boat; tc++) {
        if (tm + tc === 0 || !ok(tm, tc)) continue;
        const nm = m + sign * tm;
        const nc = c + sign * tc;
        if (nm < 0 || nc < 0 || nm > n || nc > n || !ok(nm, nc) || !ok(n - nm, n - nc)) continue;
        const next = `${nm},${nc},${side === "L" ? "R" : "L"}`;
        if (seen.has(next)) continue;
        seen.add(next);
        prev.set(next, [key, [tm, tc]]);
        queue.push(next);
      }
    }
  }
  return [];
}
