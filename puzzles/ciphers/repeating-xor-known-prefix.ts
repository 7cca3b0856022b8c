/**
 * The byte list `cipher` is a printable ASCII message XOR-ed with a repeating key of `period` bytes.
 * The message is known to start with `prefix`. Find the whole message.
 */
export function sat(
  message: string,
  cipher = [
    87, 40, 101, 28, 70, 112, 34, 105, 3, 15, 103, 57, 97, 11, 74, 51, 57, 108, 11, 70, 101, 44, 113, 2, 18,
    51, 46, 107, 10, 3, 51, 46, 108, 15, 8, 116, 40, 119, 78, 7, 103, 109, 106, 1, 9, 125, 99,
  ],
  prefix = "Dear ",
  period = 5,
): boolean {
  if (message.length !== cipher.length || !message.startsWith(prefix)) return false;
  const key: number[] = [];
  for (let i = 0; i < message.length; i++) {
    const c = message.charCodeAt(i);
    if (c < 32 || c > 126) return false;
    const k = c ^ (cipher[i] as number);
    if (i < period) key.push(k);
    else if (key[i % period] !== k) return false;
  }
  return true;
}

export function sol(
  cipher = [
    87, 40, 101, 28, 70, 112, 34, 105, 3, 15, 103, 57, 97, 11, 74, 51, 57, 108, 11, 70, 101, 44, 113, 2, 18,
    51, 46, 107, 10, 3, 51, 46, 108, 15, 8, 116, 40, 119, 78, 7, 103, 109, 106, 1, 9, 125, 99,
  ],
  prefix = "Dear ",
  period = 5,
): string {
  const key: number[] = [];
  for (let i = 0; i < period; i++) key.push(prefix.charCodeAt(i) ^ (cipher[i] as number));
  return cipher.map((b, i) => String.fromCharCode(b ^ (key[i % period] as number))).join("");
}
