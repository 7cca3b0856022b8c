/**
 * Find the first n terms of the Kolakoski sequence: the list over 1 and 2, starting with 1, that is its
 * own run-length encoding (its runs of equal terms have lengths seq[0], seq[1], seq[2], ...).
 */
export function sat(seq: number[], n = 75): boolean {
  if (seq.length !== n || seq[0] !== 1 || !seq.every((x) => x === 1 || x === 2)) return false;
  const runs: number[] = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && seq[j] === seq[i]) j++;
    runs.push(j - i);
    i = j;
  }
  // The last run may be cut short by the end of the list.
  const last = runs.length - 1;
  return runs.every((length, k) => (k < last ? length === seq[k] : length <= seq[k]));
}

export function sol(n = 75): number[] {
  const seq = [1, 2, 2];
  for (let k = 2; seq.length < n; k++) {
    const value = k % 2 === 0 ? 1 : 2;
    for (let c = 0; c < seq[k]; c++) seq.push(value);
  }
  return seq.slice(0, n);
}
