/**
 * Align s and t with as few edits as possible. The answer is two rows of equal length: row 0 is s and
 * row 1 is t, each with gap characters "-" inserted, and no column has a gap in both rows. The cost is
 * the number of columns whose two characters differ (a gap against a letter, or two different
 * letters); it must equal the edit (Levenshtein) distance between s and t.
 */
export function sat(rows: [string, string], s = "photosynthesis", t = "hypothetical"): boolean {
  if (rows.length !== 2) return false;
  const [x, y] = rows;
  if (typeof x !== "string" || typeof y !== "string" || x.length !== y.length) return false;
  if (x.replaceAll("-", "") !== s || y.replaceAll("-", "") !== t) return false;
  let cost = 0;
  for (let k = 0; k < x.length; k++) {
    if (x[k] === "-" && y[k] === "-") return false;
    if (x[k] !== y[k]) cost++;
  }
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1)));
    }
    prev = cur;
  }
  return cost === prev[t.length];
}

export function sol(s = "photosynthesis", t = "hypothetical"): [string, string] {
  // dist[i][j] = edit distance between s[i..] and t[j..].
  const dist = Array.from({ length: s.length + 1 }, () => new Array<number>(t.length + 1).fill(0));
  for (let i = s.length; i >= 0; i--) {
    for (let j = t.length; j >= 0; j--) {
      if (i === s.length) dist[i][j] = t.length - j;
      else if (j === t.length) dist[i][j] = s.length - i;
      else {
        dist[i][j] = Math.min(
          dist[i + 1][j] + 1,
          dist[i][j + 1] + 1,
          dist[i + 1][j + 1] + (s[i] === t[j] ? 0 : 1)
        );
      }
    }
  }
  let top = "";
  let bottom = "";
  let i = 0;
  let j = 0;
  while (i < s.length || j < t.length) {
    if (i < s.length && j < t.length && dist[i][j] === dist[i + 1][j + 1] + (s[i] === t[j] ? 0 : 1)) {
      top += s[i++];
      bottom += t[j++];
    } else if (i < s.length && dist[i][j] === dist[i + 1][j] + 1) {
      top += s[i++];
      bottom += "-";
    } else {
      top += "-";
      bottom += t[j++];
    }
  }
  return [top, bottom];
}
