/**
 * Matrix Ai has dims[i] rows and dims[i+1] columns. Fully parenthesise the product A0 A1 ... A(k-1)
 * so that the number of scalar multiplications is as small as possible (multiplying a p x q matrix by
 * a q x r matrix costs p*q*r). Write the answer in the grammar E = "A" index | "(" E E ")", for
 * example "((A0A1)A2)".
 */
export function sat(expr: string, dims = [40, 20, 30, 10, 30, 25, 5, 45, 15]): boolean {
  const k = dims.length - 1;
  let pos = 0;
  let nextMatrix = 0;
  // Returns [rows, cols, cost] of the sub-expression starting at pos.
  const parse = (depth: number): [number, number, number] => {
    if (depth > k) throw new Error("too deep");
    if (expr[pos] === "A") {
      pos++;
      const m = /^[0-9]+/.exec(expr.slice(pos));
      if (!m || m[0] !== String(nextMatrix)) throw new Error("wrong matrix");
      pos += m[0].length;
      nextMatrix++;
      return [dims[nextMatrix - 1], dims[nextMatrix], 0];
    }
    if (expr[pos] !== "(") throw new Error("syntax");
    pos++;
    const [r1, c1, x1] = parse(depth + 1);
    const [r2, c2, x2] = parse(depth + 1);
    if (expr[pos] !== ")" || c1 !== r2) throw new Error("syntax");
    pos++;
    return [r1, c2, x1 + x2 + r1 * c1 * c2];
  };
  if (typeof expr !== "string") return false;
  const [, , cost] = parse(0);
  if (pos !== expr.length || nextMatrix !== k) return false;
  // best[i][j] = cheapest cost of multiplying Ai..Aj.
  const best = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let len = 2; len <= k; len++) {
    for (let i = 0; i + len - 1 < k; i++) {
      const j = i + len - 1;
      best[i][j] = Number.MAX_SAFE_INTEGER;
      for (let m = i; m < j; m++) {
        best[i][j] = Math.min(best[i][j], best[i][m] + best[m + 1][j] + dims[i] * dims[m + 1] * dims[j + 1]);
      }
    }
  }
  return cost === best[0][k - 1];
}

export function sol(dims = [40, 20, 30, 10, 30, 25, 5, 45, 15]): string {
  const k = dims.length - 1;
  const best = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const split = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let len = 2; len <= k; len++) {
    for (let i = 0; i + len - 1 < k; i++) {
      const j = i + len - 1;
      best[i][j] = Number.MAX_SAFE_INTEGER;
      for (let m = i; m < j; m++) {
        const c = best[i][m] + best[m + 1][j] + dims[i] * dims[m + 1] * dims[j + 1];
        if (c < best[i][j]) {
          best[i][j] = c;
          split[i][j] = m;
        }
      }
    }
  }
  const write = (i: number, j: number): string =>
    i === j ? `A${i}` : `(${write(i, split[i][j])}${write(split[i][j] + 1, j)})`;
  return write(0, k - 1);
}
