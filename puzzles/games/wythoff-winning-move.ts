/**
 * Wythoff's game: two piles of stones; a move removes any positive number of stones from one pile, or
 * the same positive number from both; whoever takes the last stone wins. From the given piles, find
 * the piles [first, second] you should leave so that the opponent loses against perfect play.
 */
export function sat(next: [number, number], piles = [90, 61]): boolean {
  const [a, b] = next;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0) return false;
  const da = piles[0] - a;
  const db = piles[1] - b;
  const legal = (da > 0 && db === 0) || (da === 0 && db > 0) || (da > 0 && da === db);
  if (!legal) return false;
  // The losing positions are the pairs {lo_k, lo_k + k}, where lo_k is the smallest number not yet
  // used by an earlier pair.
  const used = new Set<number>();
  let lo = 0;
  for (let k = 0; lo <= Math.max(a, b); k++) {
    while (used.has(lo)) lo++;
    const hi = lo + k;
    if (Math.min(a, b) === lo && Math.max(a, b) === hi) return true;
    used.add(lo);
    used.add(hi);
  }
  return false;
}

export function sol(piles = [90, 61]): [number, number] {
  // Compute which positions are lost for the player to move, then pick a move into one.
  const [p, q] = piles;
  const lost = Array.from({ length: p + 1 }, () => new Array<boolean>(q + 1).fill(false));
  for (let a = 0; a <= p; a++) {
    for (let b = 0; b <= q; b++) {
      let winning = false;
      for (let t = 1; !winning && t <= a; t++) winning = lost[a - t][b];
      for (let t = 1; !winning && t <= b; t++) winning = lost[a][b - t];
      for (let t = 1; !winning && t <= Math.min(a, b); t++) winning = lost[a - t][b - t];
      lost[a][b] = !winning;
    }
  }
  for (let t = 1; t <= p; t++) if (lost[p - t][q]) return [p - t, q];
  for (let t = 1; t <= q; t++) if (lost[p][q - t]) return [p, q - t];
  for (let t = 1; t <= Math.min(p, q); t++) if (lost[p - t][q - t]) return [p - t, q - t];
  return [p, q];
}
