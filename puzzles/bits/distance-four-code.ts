/** Find m distinct `len`-bit codewords (integers in [0, 2^len)) such that every two of them differ in at least d bits. */
export function sat(code: number[], m = 64, len = 11, d = 4): boolean {
  if (!Array.isArray(code) || code.length !== m) return false;
  if (!code.every((w) => Number.isInteger(w) && w >= 0 && w < 2 ** len)) return false;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      let x = (code[i] as number) ^ (code[j] as number);
      let dist = 0;
      while (x) {
        x &= x - 1;
        dist++;
      }
      if (dist < d) return false;
    }
  }
  return true;
}

export function sol(m = 64, len = 11, d = 4): number[] {
  // The greedy lexicode: scan words in order and keep each one far enough from all kept words.
  const code: number[] = [];
  const dist = (x: number): number => {
    let c = 0;
    for (let v = x; v; v &= v - 1) c++;
    return c;
  };
  for (let w = 0; w < 2 ** len && code.length < m; w++) {
    if (code.every((c) => dist(c ^ w) >= d)) code.push(w);
  }
  return code;
}
