/**
 * Pay the amount exactly with coins of the given denominations (each usable any number of times),
 * using as few coins as possible. Return the list of coin values used.
 */
export function sat(coins: number[], denominations = [1, 9, 14, 25], amount = 87): boolean {
  if (!coins.every((c) => denominations.includes(c))) return false;
  if (coins.reduce((s, c) => s + c, 0) !== amount) return false;
  const fewest = new Array<number>(amount + 1).fill(Number.MAX_SAFE_INTEGER);
  fewest[0] = 0;
  for (let v = 1; v <= amount; v++) {
    for (const d of denominations) if (d <= v) fewest[v] = Math.min(fewest[v], fewest[v - d] + 1);
  }
  return coins.length === fewest[amount];
}

export function sol(denominations = [1, 9, 14, 25], amount = 87): number[] {
  const fewest = new Array<number>(amount + 1).fill(Number.MAX_SAFE_INTEGER);
  const last = new Array<number>(amount + 1).fill(0);
  fewest[0] = 0;
  for (let v = 1; v <= amount; v++) {
    for (const d of denominations) {
      if (d <= v && fewest[v - d] + 1 < fewest[v]) {
        fewest[v] = fewest[v - d] + 1;
        last[v] = d;
      }
    }
  }
  const out: number[] = [];
  for (let v = amount; v > 0; v -= last[v]) out.push(last[v]);
  return out;
}
