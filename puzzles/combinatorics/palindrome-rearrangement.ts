/** Rearrange all the letters of s into a palindrome (a string that reads the same backwards). */
export function sat(answer: string, s = "vvstddaenrosonteere"): boolean {
  if (typeof answer !== "string" || answer.length !== s.length) return false;
  if ([...answer].reverse().join("") !== answer) return false;
  return [...answer].sort().join("") === [...s].sort().join("");
}

export function sol(s = "vvstddaenrosonteere"): string {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let half = "";
  let middle = "";
  for (const [ch, c] of [...counts].sort()) {
    half += ch.repeat(Math.floor(c / 2));
    if (c % 2 === 1) middle = ch;
  }
  return half + middle + [...half].reverse().join("");
}
