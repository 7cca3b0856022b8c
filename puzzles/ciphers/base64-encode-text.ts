/**
 * Find the standard Base64 encoding (alphabet A-Z a-z 0-9 + /, "=" padding to a multiple of 4
 * characters, unused trailing bits zero) of the ASCII string `text`.
 */
export function sat(encoded: string, text = "Every answer is checked twice"): boolean {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  if (encoded.length % 4 !== 0) return false;
  let pad = 0;
  while (pad < 2 && encoded.endsWith("=".repeat(pad + 1))) pad++;
  const body = encoded.slice(0, encoded.length - pad);
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of body) {
    const v = alphabet.indexOf(ch);
    if (v < 0) return false;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 255);
      acc &= (1 << bits) - 1;
    }
  }
  if (acc !== 0 || bits >= 6) return false;
  if (bytes.length !== text.length) return false;
  return bytes.every((b, i) => b === text.charCodeAt(i));
}

export function sol(text = "Every answer is checked twice"): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let out = "";
  for (let i = 0; i < text.length; i += 3) {
    const n = text.length - i;
    const b0 = text.charCodeAt(i);
    const b1 = n > 1 ? text.charCodeAt(i + 1) : 0;
    const b2 = n > 2 ? text.charCodeAt(i + 2) : 0;
    const word = (b0 << 16) | (b1 << 8) | b2;
    out += alphabet[(word >> 18) & 63];
    out += alphabet[(word >> 12) & 63];
    out += n > 1 ? alphabet[(word >> 6) & 63] : "=";
    out += n > 2 ? alphabet[word & 63] : "=";
  }
  return out;
}
