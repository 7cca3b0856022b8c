/**
 * Find a Vigenère key of at most maxLen uppercase letters that encrypts `plain` into `cipher`
 * (letter i is shifted by the key letter at position i modulo the key length, A = 0 ... Z = 25).
 */
export function sat(
  key: string,
  plain = "ALLHANDSREPORTTOTHEEASTDOCKBEFORETHETIDETURNS",
  cipher = "LLYAEEQDRRISIGEOGAIVNDTQHGBOPFBKIKUPTVWIKHCNF",
  maxLen = 7,
): boolean {
  if (key.length === 0 || key.length > maxLen || plain.length !== cipher.length) return false;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    if (k < 65 || k > 90) return false;
  }
  for (let i = 0; i < plain.length; i++) {
    const shift = key.charCodeAt(i % key.length) - 65;
    const enc = String.fromCharCode(((plain.charCodeAt(i) - 65 + shift) % 26) + 65);
    if (enc !== cipher[i]) return false;
  }
  return true;
}

export function sol(
  plain = "ALLHANDSREPORTTOTHEEASTDOCKBEFORETHETIDETURNS",
  cipher = "LLYAEEQDRRISIGEOGAIVNDTQHGBOPFBKIKUPTVWIKHCNF",
  maxLen = 7,
): string {
  const shifts: number[] = [];
  for (let i = 0; i < plain.length; i++) {
    shifts.push((cipher.charCodeAt(i) - plain.charCodeAt(i) + 26) % 26);
  }
  for (let period = 1; period <= Math.min(maxLen, shifts.length); period++) {
    if (shifts.every((s, i) => s === shifts[i % period])) {
      return shifts
        .slice(0, period)
        .map((s) => String.fromCharCode(s + 65))
        .join("");
    }
  }
  return "";
}
