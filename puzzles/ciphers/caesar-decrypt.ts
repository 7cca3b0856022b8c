/**
 * Find the plaintext (uppercase letters and spaces) that a Caesar cipher shifting every letter
 * `shift` places forward through the alphabet (wrapping from Z to A) turns into `cipher`.
 */
export function sat(plain: string, cipher = "XPPE XP MJ ESP ZWO WTRSESZFDP LE OFDV", shift = 11): boolean {
  if (plain.length !== cipher.length) return false;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c === 32) {
      if (cipher[i] !== " ") return false;
      continue;
    }
    if (c < 65 || c > 90) return false;
    if (String.fromCharCode(((c - 65 + shift) % 26) + 65) !== cipher[i]) return false;
  }
  return true;
}

export function sol(cipher = "XPPE XP MJ ESP ZWO WTRSESZFDP LE OFDV", shift = 11): string {
  let out = "";
  for (const ch of cipher) {
    if (ch === " ") out += " ";
    else out += String.fromCharCode(((((ch.charCodeAt(0) - 65 - shift) % 26) + 26) % 26) + 65);
  }
  return out;
}
