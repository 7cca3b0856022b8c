/**
 * Find a list of n bits (0s and 1s) containing no overlap: no block of 2p+1 consecutive bits that
 * repeats with period p (a word of the form a x a x a, with a a bit and x any word).
 */
export function sat(bits: number[], n = 100): boolean {
  if (!Array.isArray(bits) || bits.length !== n || !bits.every((b) => b === 0 || b === 1)) return false;
  for (let p = 1; 2 * p + 1 <= n; p++) {
    // run = how many consecutive positions i satisfy bits[i] === bits[i + p]; an overlap needs p + 1 of them.
    let run = 0;
    for (let i = 0; i + p < n; i++) {
      run = bits[i] === bits[i + p] ? run + 1 : 0;
      if (run >= p + 1) return false;
    }
  }
  return true;
}

export function sol(n = 100): number[] {
  // The Thue-Morse word (parity of the number of one bits of the index) is overlap-free.
  const parity = (i: number): number => {
    let c = 0;
    for (let v = i; v > 0; v &= v - 1) c ^= 1;
    return c;
  };
  return Array.from({ length: n }, (_, i) => parity(i));
}
