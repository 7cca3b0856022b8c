/**
 * Write one CSV record (RFC 4180 style: fields separated by commas; a field holding a comma, a
 * double quote or a line break is wrapped in double quotes, with inner quotes doubled) that
 * reads back as exactly the given fields.
 */
export function sat(
  line: string,
  fields = ["id", "say \"hi\"", "a,b", "", " padded ", "two\nlines", "\"", "x"],
): boolean {
  if (typeof line !== "string") return false;
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = "";
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return false;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += line[i++];
      }
    } else {
      while (i < line.length && line[i] !== ",") {
        if (line[i] === '"' || line[i] === "\n" || line[i] === "\r") return false;
        field += line[i++];
      }
    }
    out.push(field);
    if (i === line.length) break;
    if (line[i] !== ",") return false;
    i++;
  }
  return out.length === fields.length && out.every((f, k) => f === fields[k]);
}

export function sol(fields = ["id", "say \"hi\"", "a,b", "", " padded ", "two\nlines", "\"", "x"]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(",");
}
