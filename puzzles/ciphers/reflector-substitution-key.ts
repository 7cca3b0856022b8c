/**
 * Find a substitution key: a 26-letter string where key[i] is the image of the i-th letter of the
 * alphabet. Like a rotor-machine reflector, the key must be its own inverse and map no letter to
 * itself, and applying it to the letters of `plain` (spaces kept) must give `cipher`.
 */
export function sat(
  key: string,
  plain = "WHEN THE ROTORS TURN EVERY LETTER FINDS ITS PARTNER",
  cipher = "QGRM YGR EPYPEA YIEM RBRET ZRYYRE DUMFA UYA OSEYMRE",
): boolean {
  if (key.length !== 26) return false;
  const img: number[] = [];
  for (let i = 0; i < 26; i++) {
    const c = key.charCodeAt(i) - 65;
    if (c < 0 || c > 25 || c === i) return false;
    img.push(c);
  }
  for (let i = 0; i < 26; i++) if (img[img[i] as number] !== i) return false;
  if (plain.length !== cipher.length) return false;
  for (let i = 0; i < plain.length; i++) {
    const p = plain.charCodeAt(i) - 65;
    const mapped = p >= 0 && p < 26 ? key[p] : plain[i];
    if (mapped !== cipher[i]) return false;
  }
  return true;
}

export function sol(
  plain = "WHEN THE ROTORS TURN EVERY LETTER FINDS ITS PARTNER",
  cipher = "QGRM YGR EPYPEA YIEM RBRET ZRYYRE DUMFA UYA OSEYMRE",
): string {
  const img: number[] = new Array(26).fill(-1);
  for (let i = 0; i < plain.length; i++) {
    const p = plain.charCodeAt(i) - 65;
    const c = cipher.charCodeAt(i) - 65;
    if (p < 0 || p > 25) continue;
    img[p] = c;
    img[c] = p;
  }
  const free: number[] = [];
  for (let i = 0; i < 26; i++) if (img[i] === -1) free.push(i);
  for (let i = 0; i + 1 < free.length; i += 2) {
    const a = free[i] as number;
    const b = free[i + 1] as number;
    img[a] = b;
    img[b] = a;
  }
  return img.map((c) => String.fromCharCode(c + 65)).join("");
}
