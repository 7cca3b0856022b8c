/**
 * Colour the integers 1..n with colours 0..k-1 so that no colour class contains x, y and x + y (x may
 * equal y). Answer: the list of colours, entry i being the colour of i + 1.
 */
export function sat(colors: number[], n = 13, k = 3): boolean {
  if (colors.length !== n) return false;
  if (!colors.every((c) => Number.isInteger(c) && c >= 0 && c < k)) return false;
  for (let x = 1; x <= n; x++) {
    for (let y = x; x + y <= n; y++) {
      if (colors[x - 1] === colors[y - 1] && colors[y - 1] === colors[x + y - 1]) return false;
    }
  }
  return true;
}

export function sol(n = 13, k = 3): number[] {
  const colors: number[] = [];
  const place = (): boolean => {
    const z = colors.length + 1;
    if (z > n) return true;
    // Colour 0 first, then only colours already in use or the next new one (symmetry breaking).
    const limit = Math.min(k, Math.max(-1, ...colors) + 2);
    for (let c = 0; c < limit; c++) {
      let ok = true;
      for (let x = 1; 2 * x <= z && ok; x++) {
        if (colors[x - 1] === c && colors[z - x - 1] === c) ok = false;
      }
      if (!ok) continue;
      colors.push(c);
      if (place()) return true;
      colors.pop();
    }
    return false;
  };
  place();
  return colors;
}
