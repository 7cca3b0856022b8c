/**
 * Find a string of at most maxLen characters in which `word` occurs (counting overlapping
 * occurrences) exactly `count` times.
 */
export function sat(s: string, word = "abab", count = 9, maxLen = 24): boolean {
  if (s.length > maxLen) return false;
  let found = 0;
  for (let i = 0; i + word.length <= s.length; i++) if (s.startsWith(word, i)) found++;
  return found === count;
}

export function sol(word = "abab", count = 9, maxLen = 24): string {
  // Overlap the word with itself as much as possible: find its longest proper border.
  let border = 0;
  for (let k = word.length - 1; k > 0; k--) {
    if (word.slice(0, k) === word.slice(word.length - k)) {
      border = k;
      break;
    }
  }
  const s = word + word.slice(border).repeat(count - 1);
  return s.length <= maxLen ? s : "";
}
