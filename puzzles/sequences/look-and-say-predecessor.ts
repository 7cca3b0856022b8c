/**
 * Find the digit string whose look-and-say description is `target`. The description reads the
 * string left to right and says each maximal run of equal digits as its length followed by the
 * digit, e.g. "1122" -> "2122" ("two 1s, two 2s").
 */
export function sat(s: string, target = "34215213511233"): boolean {
  if (!/^[0-9]+$/.test(s)) return false;
  let out = "";
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += String(j - i) + s[i];
    i = j;
  }
  return out === target;
}

export function sol(target = "34215213511233"): string {
  let s = "";
  for (let i = 0; i + 1 < target.length; i += 2) s += (target[i + 1] as string).repeat(Number(target[i]));
  return s;
}
