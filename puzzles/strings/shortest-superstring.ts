/** Find a string of at most n characters that contains every word of the list as a substring. */
export function sat(
  s: string,
  words = ["keyboard", "tiresome", "lemon", "entire", "ardent", "monkey", "somersault", "boardroom", "roomier"],
  n = 39,
): boolean {
  return typeof s === "string" && s.length <= n && words.every((w) => s.includes(w));
}

export function sol(
  words = ["keyboard", "tiresome", "lemon", "entire", "ardent", "monkey", "somersault", "boardroom", "roomier"],
  n = 39,
): string {
  const ws = words.filter((w, i) => !words.some((v, j) => j !== i && v.includes(w) && (v !== w || j < i)));
  const m = ws.length;
  const overlap = (a: string, b: string): number => {
    for (let k = Math.min(a.length, b.length) - 1; k > 0; k--) if (a.endsWith(b.slice(0, k))) return k;
    return 0;
  };
  const ov = ws.map((a) => ws.map((b) => overlap(a, b)));
  const full = 1 << m;
  const best: number[][] = Array.from({ length: full }, () => new Array(m).fill(-1));
  const prev: number[][] = Array.from({ length: full }, () => new Array(m).fill(-1));
  for (let i = 0; i < m; i++) (best[1 << i] as number[])[i] = 0;
  for (let mask = 1; mask < full; mask++) {
    for (let last = 0; last < m; last++) {
      const cur = (best[mask] as number[])[last] as number;
      if (cur < 0) continue;
      for (let nx = 0; nx < m; nx++) {
        if (mask & (1 << nx)) continue;
        const nm = mask | (1 << nx);
        const val = cur + ((ov[last] as number[])[nx] as number);
        if (val > ((best[nm] as number[])[nx] as number)) {
          (best[nm] as number[])[nx] = val;
          (prev[nm] as number[])[nx] = last;
        }
      }
    }
  }
  let last = 0;
  const fm = full - 1;
  for (let i = 1; i < m; i++) if (((best[fm] as number[])[i] as number) > ((best[fm] as number[])[last] as number)) last = i;
  const order: number[] = [];
  for (let mask = fm; last >= 0; ) {
    order.push(last);
    const p = (prev[mask] as number[])[last] as number;
    mask ^= 1 << last;
    last = p;
  }
  order.reverse();
  let s = ws[order[0] as number] as string;
  for (let i = 1; i < order.length; i++) {
    const w = ws[order[i] as number] as string;
    s += w.slice((ov[order[i - 1] as number] as number[])[order[i] as number] as number);
  }
  return s;
}
