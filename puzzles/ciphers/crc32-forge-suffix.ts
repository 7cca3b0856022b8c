/**
 * Find a string made of `prefix` followed by exactly 4 more characters (each with a code below 256,
 * read as one byte) whose CRC-32 (the zlib/PNG checksum: reflected polynomial 0xEDB88320, initial
 * value and final XOR 0xFFFFFFFF) equals `target`.
 */
export function sat(s: string, prefix = "puzzleloop:", target = 3735928559): boolean {
  if (s.length !== prefix.length + 4 || !s.startsWith(prefix)) return false;
  const table: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table.push(c >>> 0);
  }
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    const byte = s.charCodeAt(i);
    if (byte > 255) return false;
    crc = (table[(crc ^ byte) & 255] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0 === target;
}

export function sol(prefix = "puzzleloop:", target = 3735928559): string {
  const table: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table.push(c >>> 0);
  }
  const crcOf = (bytes: number[]): number => {
    let crc = 0xffffffff;
    for (const b of bytes) crc = (table[(crc ^ b) & 255] as number) ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  };
  const head: number[] = [];
  for (let i = 0; i < prefix.length; i++) head.push(prefix.charCodeAt(i));
  const withTail = (x: number): number =>
    crcOf([...head, x & 255, (x >>> 8) & 255, (x >>> 16) & 255, (x >>> 24) & 255]);
  // CRC-32 is affine over GF(2) in the 32 tail bits: crc(x) = base XOR M x.
  const base = withTail(0);
  const cols: number[] = [];
  for (let j = 0; j < 32; j++) cols.push((withTail((1 << j) >>> 0) ^ base) >>> 0);
  // Solve M x = target XOR base by Gaussian elimination on rows [bit-row of M | rhs].
  const rhs = (target ^ base) >>> 0;
  const rows: number[] = [];
  const rowRhs: number[] = [];
  for (let i = 0; i < 32; i++) {
    let row = 0;
    for (let j = 0; j < 32; j++) if (((cols[j] as number) >>> i) & 1) row |= 1 << j;
    rows.push(row >>> 0);
    rowRhs.push((rhs >>> i) & 1);
  }
  const pivotRow: number[] = new Array(32).fill(-1);
  let r = 0;
  for (let j = 0; j < 32 && r < 32; j++) {
    let p = -1;
    for (let i = r; i < 32; i++) {
      if (((rows[i] as number) >>> j) & 1) {
        p = i;
        break;
      }
    }
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p] as number, rows[r] as number];
    [rowRhs[r], rowRhs[p]] = [rowRhs[p] as number, rowRhs[r] as number];
    for (let i = 0; i < 32; i++) {
      if (i !== r && ((rows[i] as number) >>> j) & 1) {
        rows[i] = ((rows[i] as number) ^ (rows[r] as number)) >>> 0;
        rowRhs[i] = (rowRhs[i] as number) ^ (rowRhs[r] as number);
      }
    }
    pivotRow[j] = r;
    r++;
  }
  let x = 0;
  for (let j = 0; j < 32; j++) {
    const pr = pivotRow[j] as number;
    if (pr >= 0 && rowRhs[pr]) x |= 1 << j;
  }
  x >>>= 0;
  return prefix + String.fromCharCode(x & 255, (x >>> 8) & 255, (x >>> 16) & 255, (x >>> 24) & 255);
}
