/**
 * Find a Steiner triple system on the points 0..v-1: a list of 3-element blocks [a, b, c] such that
 * every pair of distinct points lies in exactly one block.
 */
export function sat(blocks: number[][], v = 13): boolean {
  const covered = new Array<number>(v * v).fill(0);
  for (const b of blocks) {
    if (b.length !== 3) return false;
    for (const x of b) if (!Number.isInteger(x) || x < 0 || x >= v) return false;
    const [x, y, z] = b;
    if (x === y || y === z || x === z) return false;
    for (const [i, j] of [
      [x, y],
      [y, z],
      [x, z]
    ]) {
      covered[Math.min(i, j) * v + Math.max(i, j)]++;
    }
  }
  for (let i = 0; i < v; i++) {
    for (let j = i + 1; j < v; j++) if (covered[i * v + j] !== 1) return false;
  }
  return true;
}

export function sol(v = 13): number[][] {
  // Cyclic construction (v = 1 mod 6): find base blocks {0, d, c} whose differences cover every
  // non-zero residue mod v exactly once (counting d and -d together), then take all translates.
  const half = (x: number) => {
    const r = ((x % v) + v) % v;
    return Math.min(r, v - r);
  };
  const used = new Array<boolean>(Math.floor(v / 2) + 1).fill(false);
  const base: number[][] = [];
  const search = (): boolean => {
    let d = 1;
    while (d <= Math.floor(v / 2) && used[d]) d++;
    if (d > Math.floor(v / 2)) return true;
    for (let c = 1; c < v; c++) {
      const diffs = [half(d), half(c), half(c - d)];
      if (c === d || diffs.some((x) => x === 0 || used[x]) || new Set(diffs).size < 3) continue;
      for (const x of diffs) used[x] = true;
      base.push([0, d, c]);
      if (search()) return true;
      base.pop();
      for (const x of diffs) used[x] = false;
    }
    return false;
  };
  search();
  const out: number[][] = [];
  for (const b of base) {
    for (let s = 0; s < v; s++) out.push(b.map((x) => (x + s) % v).sort((x, y) => x - y));
  }
  return out;
}
