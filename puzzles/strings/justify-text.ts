/**
 * Lay out the words in lines of exactly width characters. Fill lines greedily (a line takes as
 * many of the remaining words as fit with single spaces). Every line but the last is fully
 * justified: the gaps between its words differ by at most one space, wider gaps first; a line
 * with a single word, and the last line, keep single spaces and are padded on the right.
 */
export function sat(
  lines: string[],
  words = ["Programs", "must", "be", "written", "for", "people", "to", "read,", "and", "only", "incidentally", "for", "machines", "to", "execute."],
  width = 20,
): boolean {
  if (!Array.isArray(lines) || lines.length === 0) return false;
  let next = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (typeof line !== "string" || line.length !== width) return false;
    const toks = line.trim().split(/ +/);
    if (line.startsWith(" ") || toks.some((t, k) => t !== words[next + k])) return false;
    next += toks.length;
    const last = li === lines.length - 1;
    // greedy: the following word would not have fit on this line
    if (!last && toks.join(" ").length + 1 + (words[next] as string).length <= width) return false;
    const gaps = (line.trimEnd().match(/ +/g) ?? []).map((g) => g.length);
    if (last || toks.length === 1) {
      if (gaps.some((g) => g !== 1)) return false;
    } else {
      if (line.endsWith(" ")) return false;
      for (let k = 1; k < gaps.length; k++) {
        const a = gaps[k - 1] as number;
        const b = gaps[k] as number;
        if (b > a || a - b > 1) return false;
      }
    }
  }
  return next === words.length;
}

export function sol(
  words = ["Programs", "must", "be", "written", "for", "people", "to", "read,", "and", "only", "incidentally", "for", "machines", "to", "execute."],
  width = 20,
): string[] {
  const lines: string[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i + 1;
    let len = (words[i] as string).length;
    while (j < words.length && len + 1 + (words[j] as string).length <= width) {
      len += 1 + (words[j] as string).length;
      j++;
    }
    const chunk = words.slice(i, j);
    if (j === words.length || chunk.length === 1) lines.push(chunk.join(" ").padEnd(width, " "));
    else {
      const spaces = width - chunk.reduce((s, w) => s + w.length, 0);
      const gaps = chunk.length - 1;
      let line = "";
      chunk.forEach((w, k) => {
        line += w;
        if (k < gaps) line += " ".repeat(Math.floor(spaces / gaps) + (k < spaces % gaps ? 1 : 0));
      });
      lines.push(line);
    }
    i = j;
  }
  return lines;
}
