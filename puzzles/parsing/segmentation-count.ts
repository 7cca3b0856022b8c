/**
 * Find a string of at most n characters that can be split into a sequence of words from the
 * lexicon in exactly k different ways.
 */
export function sat(s: string, lexicon = ["a", "b", "ab", "ba", "aba", "bab"], k = 616, n = 13): boolean {
  if (typeof s !== "string" || s.length > n) return false;
  const ways: number[] = [1];
  for (let i = 1; i <= s.length; i++) {
    let total = 0;
    for (const w of lexicon) {
      if (w.length > 0 && w.length <= i && s.startsWith(w, i - w.length)) total += ways[i - w.length] as number;
    }
    ways.push(total);
  }
  return ways[s.length] === k;
}

export function sol(lexicon = ["a", "b", "ab", "ba", "aba", "bab"], k = 616, n = 13): string {
  const letters = [...new Set(lexicon.join(""))];
  const longest = Math.max(...lexicon.map((w) => w.length));
  const chars: string[] = [];
  const ways: number[] = [1];
  const go = (): string | null => {
    if (chars.length > 0 && ways[chars.length] === k) return chars.join("");
    if (chars.length === n) return null;
    for (const c of letters) {
      chars.push(c);
      const i = chars.length;
      const s = chars.slice(Math.max(0, i - longest)).join("");
      let total = 0;
      for (const w of lexicon) {
        if (w.length > 0 && w.length <= i && s.endsWith(w)) total += ways[i - w.length] as number;
      }
      ways.push(total);
      const found = go();
      ways.pop();
      chars.pop();
      if (found !== null) return found;
    }
    return null;
  };
  return go() ?? "";
}
