/**
 * Cryptarithm: replace each letter by a digit, different letters by different digits, no word starting
 * with 0, so that the addends add up to the total. Answer with an object mapping every letter that
 * occurs to its digit.
 */
export function sat(digits: Record<string, number>, addends = ["RIVER", "TILES"], total = "ISLAND"): boolean {
  const words = [...addends, total];
  const letters = [...new Set(words.join(""))];
  const values = letters.map((ch) => (Object.hasOwn(digits, ch) ? digits[ch] : -1));
  if (!values.every((d) => Number.isInteger(d) && d >= 0 && d <= 9)) return false;
  if (new Set(values).size !== letters.length) return false;
  if (words.some((w) => digits[w[0]] === 0)) return false;
  const value = (w: string) => [...w].reduce((acc, ch) => acc * 10 + digits[ch], 0);
  return addends.reduce((acc, w) => acc + value(w), 0) === value(total);
}

export function sol(addends = ["RIVER", "TILES"], total = "ISLAND"): Record<string, number> {
  const words = [...addends, total];
  // Order the letters column by column from the right, so the sum can be checked digit by digit.
  const width = Math.max(...words.map((w) => w.length));
  const letters: string[] = [];
  const columnsDone: number[] = [];
  for (let col = 0; col < width; col++) {
    for (const w of words) {
      const ch = w[w.length - 1 - col];
      if (ch !== undefined && !letters.includes(ch)) letters.push(ch);
    }
    columnsDone[letters.length - 1] = col + 1;
  }
  const digit: Record<string, number> = {};
  const used = new Array<boolean>(10).fill(false);
  const leading = new Set(words.map((w) => w[0]));
  const low = (w: string, cols: number) => {
    let v = 0;
    for (let i = Math.max(0, w.length - cols); i < w.length; i++) v = v * 10 + digit[w[i]];
    return v;
  };
  const assign = (k: number): boolean => {
    if (k === letters.length) return true;
    for (let d = 0; d <= 9; d++) {
      if (used[d] || (d === 0 && leading.has(letters[k]))) continue;
      digit[letters[k]] = d;
      used[d] = true;
      const cols = columnsDone[k];
      const mod = 10 ** (cols ?? 0);
      const fits =
        cols === undefined ||
        (cols < width
          ? addends.reduce((acc, w) => acc + low(w, cols), 0) % mod === low(total, cols)
          : addends.reduce((acc, w) => acc + low(w, cols), 0) === low(total, cols));
      if (fits && assign(k + 1)) return true;
      used[d] = false;
    }
    delete digit[letters[k]];
    return false;
  };
  assign(0);
  return digit;
}
