/**
 * Replace every "?" in `pattern` with a decimal digit so that the resulting number passes the Luhn
 * checksum (doubling every second digit from the right, subtracting 9 from doubled values above 9,
 * the total must be a multiple of 10) and its digits add up to `digitSum`.
 */
export function sat(card: string, pattern = "49?27135??182046", digitSum = 63): boolean {
  if (card.length !== pattern.length) return false;
  let luhn = 0;
  let plain = 0;
  for (let i = 0; i < card.length; i++) {
    const ch = card[i] as string;
    if (ch < "0" || ch > "9") return false;
    if (pattern[i] !== "?" && pattern[i] !== ch) return false;
    const d = Number(ch);
    plain += d;
    const fromRight = card.length - 1 - i;
    if (fromRight % 2 === 1) luhn += d * 2 > 9 ? d * 2 - 9 : d * 2;
    else luhn += d;
  }
  return luhn % 10 === 0 && plain === digitSum;
}

export function sol(pattern = "49?27135??182046", digitSum = 63): string {
  const holes: number[] = [];
  for (let i = 0; i < pattern.length; i++) if (pattern[i] === "?") holes.push(i);
  const valid = (card: string): boolean => {
    let luhn = 0;
    let plain = 0;
    for (let i = 0; i < card.length; i++) {
      const d = Number(card[i]);
      plain += d;
      if ((card.length - 1 - i) % 2 === 1) luhn += d * 2 > 9 ? d * 2 - 9 : d * 2;
      else luhn += d;
    }
    return luhn % 10 === 0 && plain === digitSum;
  };
  const total = 10 ** holes.length;
  for (let k = 0; k < total; k++) {
    const chars = pattern.split("");
    let rest = k;
    for (const h of holes) {
      chars[h] = String(rest % 10);
      rest = Math.floor(rest / 10);
    }
    const card = chars.join("");
    if (valid(card)) return card;
  }
  return "";
}
