/**
 * Find a Langford sequence of order n: a list of length 2n in which every number k from 1 to n
 * appears exactly twice, with exactly k other entries between its two occurrences.
 */
export function sat(seq: number[], n = 11): boolean {
  if (seq.length !== 2 * n) return false;
  for (let k = 1; k <= n; k++) {
    const first = seq.indexOf(k);
    if (first < 0 || seq[first + k + 1] !== k) return false;
    if (seq.lastIndexOf(k) !== first + k + 1) return false;
  }
  return true;
}

export function sol(n = 11): number[] {
  const seq: number[] = new Array(2 * n).fill(0);
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
