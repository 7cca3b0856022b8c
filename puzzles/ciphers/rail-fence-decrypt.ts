/**
 * Find the plaintext that the rail fence cipher with `rails` rails turns into `cipher`. The cipher
 * writes the characters in a zigzag down and up across the rails, then reads the rails top to bottom.
 */
export function sat(
  plain: string,
  cipher = "TCGPNO EHRH AOEOLRMEIDEOADT N YF HNI RES TS",
  rails = 4,
): boolean {
  const rows: string[] = Array.from({ length: rails }, () => "");
  let r = 0;
  let dir = 1;
  for (const ch of plain) {
    rows[r] += ch;
    if (rails > 1) {
      if (r === 0) dir = 1;
      else if (r === rails - 1) dir = -1;
      r += dir;
    }
  }
  return plain.length === cipher.length && rows.join("") === cipher;
}

export function sol(cipher = "TCGPNO EHRH AOEOLRMEIDEOADT N YF HNI RES TS", rails = 4): string {
  const n = cipher.length;
  const railOf: number[] = [];
  let r = 0;
  let dir = 1;
  for (let i = 0; i < n; i++) {
    railOf.push(r);
    if (rails > 1) {
      if (r === 0) dir = 1;
      else if (r === rails - 1) dir = -1;
      r += dir;
    }
  }
  const out: string[] = new Array(n).fill("");
  let k = 0;
  for (let rail = 0; rail < rails; rail++) {
    for (let i = 0; i < n; i++) {
      if (railOf[i] === rail) out[i] = cipher[k++] as string;
    }
  }
  return out.join("");
}
