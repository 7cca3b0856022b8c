/**
 * Langford pairing: arrange two copies of each number 1..n in a row of length 2n so that the two
 * copies of k have exactly k other entries between them.
 */
export function sat(seq: number[], n = 11): boolean {
  if (seq.length !== 2 * n) return false;
  for (let k = 1; k <= n; k++) {
    const first = seq.indexOf(k);
    if (first === -1 || seq[first + k + 1] !== k || seq.lastIndexOf(k) !== first + k + 1) return false;
  }
  return true;
}

export function sol(n = 11): number[] {
  const seq = new Array<number>(2 * n).fill(0);
  // Place the largest numbers first: they have the fewest possible positions.
  const place = (k: number): boolean => {
    if (k === 0) return true;
    for (let i = 0; i + k + 1 < 2 * n; i++) {
      if (seq[i] !== 0 || seq[i + k + 1] !== 0) continue;
      seq[i] = k;
      seq[i + k + 1] = k;
      if (place(k - 1)) return true;
      seq[i] = 0;
      seq[i + k + 1] = 0;
    }
    return false;
  };
  place(n);
  return seq;
}
