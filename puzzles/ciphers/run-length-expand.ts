/**
 * Find the string whose run-length encoding is `code`. The encoding writes every maximal run of
 * equal characters as its length in decimal followed by the character, e.g. "aaab" -> "3a1b".
 */
export function sat(s: string, code = "12w3b1x9y4z2q16p1k"): boolean {
  let enc = "";
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    enc += String(j - i) + s[i];
    i = j;
  }
  return enc === code;
}

export function sol(code = "12w3b1x9y4z2q16p1k"): string {
  let out = "";
  let count = "";
  for (const ch of code) {
    if (ch >= "0" && ch <= "9") count += ch;
    else {
      out += ch.repeat(Number(count));
      count = "";
    }
  }
  return out;
}
