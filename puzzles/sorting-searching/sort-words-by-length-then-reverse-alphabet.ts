/**
 * Reorder the words so that shorter words come first, and words of equal length appear in reverse
 * alphabetical order (z before a). The answer must use each given word exactly as often as it occurs.
 */
export function sat(
  answer: string[],
  words = [
    "pear",
    "fig",
    "banana",
    "kiwi",
    "apple",
    "date",
    "plum",
    "cherry",
    "lime",
    "grape",
    "melon",
    "yam"
  ]
): boolean {
  if (answer.length !== words.length) return false;
  const left = new Map<string, number>();
  for (const w of words) left.set(w, (left.get(w) ?? 0) + 1);
  for (const w of answer) {
    const c = left.get(w);
    if (!c) return false;
    left.set(w, c - 1);
  }
  for (let i = 1; i < answer.length; i++) {
    const a = answer[i - 1];
    const b = answer[i];
    if (a.length > b.length || (a.length === b.length && a < b)) return false;
  }
  return true;
}

export function sol(
  words = [
    "pear",
    "fig",
    "banana",
    "kiwi",
    "apple",
    "date",
    "plum",
    "cherry",
    "lime",
    "grape",
    "melon",
    "yam"
  ]
): string[] {
  return [...words].sort((a, b) => a.length - b.length || (a < b ? 1 : a > b ? -1 : 0));
}
