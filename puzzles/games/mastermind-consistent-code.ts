/**
 * Mastermind: a secret code is a string of 4 letters from colours (repeats allowed). For a guess, the
 * feedback [black, white] counts the positions where guess and code agree (black), and the further
 * letters the guess has in the code but in the wrong place (white). Find a code consistent with all
 * the guesses and feedback seen so far.
 */
export function sat(
  code: string,
  guesses = ["AABB", "CCDD", "BEEF", "FBAE", "DBFC"],
  feedback = [[1, 1], [0, 0], [0, 3], [1, 2], [2, 0]],
  colours = "ABCDEF",
): boolean {
  if (typeof code !== "string" || code.length !== 4 || ![...code].every((ch) => colours.includes(ch))) return false;
  return guesses.every((guess, g) => {
    let black = 0;
    const inCode = new Map<string, number>();
    const inGuess = new Map<string, number>();
    for (let i = 0; i < 4; i++) {
      if (code[i] === guess[i]) {
        black++;
      } else {
        inCode.set(code[i], (inCode.get(code[i]) ?? 0) + 1);
        inGuess.set(guess[i], (inGuess.get(guess[i]) ?? 0) + 1);
      }
    }
    let white = 0;
    for (const [ch, n] of inCode) white += Math.min(n, inGuess.get(ch) ?? 0);
    return black === feedback[g][0] && white === feedback[g][1];
  });
}

export function sol(
  guesses = ["AABB", "CCDD", "BEEF", "FBAE", "DBFC"],
  feedback = [[1, 1], [0, 0], [0, 3], [1, 2], [2, 0]],
  colours = "ABCDEF",
): string {
  const score = (code: string, guess: string) => {
    let black = 0;
    let common = 0;
    for (let i = 0; i < 4; i++) if (code[i] === guess[i]) black++;
    for (const ch of colours) {
      common += Math.min([...code].filter((x) => x === ch).length, [...guess].filter((x) => x === ch).length);
    }
    return [black, common - black];
  };
  const k = colours.length;
  for (let n = 0; n < k ** 4; n++) {
    const code = [n % k, Math.floor(n / k) % k, Math.floor(n / k ** 2) % k, Math.floor(n / k ** 3)]
      .map((d) => colours[d])
      .join("");
    if (guesses.every((g, i) => {
      const [b, w] = score(code, g);
      return b === feedback[i][0] && w === feedback[i][1];
    })) return code;
  }
  return "";
}
