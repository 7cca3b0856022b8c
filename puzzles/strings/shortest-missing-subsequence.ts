/**
 * Find a string of at most n letters, each taken from the alphabet, that is NOT a subsequence
 * of dna (its letters cannot be picked out of dna in order).
 */
export function sat(
  t: string,
  dna = "tgacttagttcgagccggcacggatatcccacaagtgaattggctttaggggggtgatctgttcgctcaattggacgaccaacctagtag",
  alphabet = "acgt",
  n = 10,
): boolean {
  if (typeof t !== "string" || t.length > n) return false;
  for (const c of t) if (!alphabet.includes(c)) return false;
  let i = 0;
  for (const c of dna) if (i < t.length && c === t[i]) i++;
  return i < t.length;
}

export function sol(
  dna = "tgacttagttcgagccggcacggatatcccacaagtgaattggctttaggggggtgatctgttcgctcaattggacgaccaacctagtag",
  alphabet = "acgt",
  n = 10,
): string {
  // Repeatedly take the letter whose next occurrence is furthest away (or absent).
  let out = "";
  let pos = 0;
  while (out.length <= n) {
    let bestLetter = alphabet[0] as string;
    let bestPos = -1;
    for (const c of alphabet) {
      const k = dna.indexOf(c, pos);
      if (k < 0) return out + c;
      if (k > bestPos) {
        bestPos = k;
        bestLetter = c;
      }
    }
    out += bestLetter;
    pos = bestPos + 1;
  }
  return out;
}
