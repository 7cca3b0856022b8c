// A lexical pass over TypeScript source: which characters are code, comment or literal text, and how deeply each is nested.

/** Kind of a character, as recorded in {@link CodeScan.kinds}. */
export const CharKind = { code: 0, comment: 1, literal: 2 } as const;

export interface CodeScan {
  readonly source: string;
  /** Per character: one of {@link CharKind}; string, template and regex text count as literal. */
  readonly kinds: Uint8Array;
  /** Per character: how many brackets (`(`, `[`, `{`, `${`) are open before it. */
  readonly depths: Int32Array;
  /** The source ends outside every comment, literal and bracket, and no closer was unmatched. */
  readonly balanced: boolean;
}

export interface IdentifierToken {
  name: string;
  start: number;
  end: number;
}

// A `/` after one of these starts a regular expression; after a value it divides.
const REGEX_AFTER_PUNCTUATION = new Set("(,=:[!&|?{};+-*%<>~^");
const REGEX_AFTER_KEYWORD = new Set([
  "return",
  "typeof",
  "case",
  "do",
  "else",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "yield",
  "await",
  "instanceof",
]);
const OPENERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const TEMPLATE_EXPRESSION = "${";
const WORD_CHAR = /[\w$]/;

/**
 * Scans `source` once. Approximate where TypeScript itself is ambiguous (a `/` after `)` is taken as division,
 * `<`/`>` never nest), which is what model-written puzzle code needs: finding where functions end and what
 * is code, not full parsing.
 */
export function scanCode(source: string): CodeScan {
  const n = source.length;
  const kinds = new Uint8Array(n);
  const depths = new Int32Array(n);
  // Expected closers; TEMPLATE_EXPRESSION marks a `${` whose `}` resumes the template text.
  const stack: string[] = [];
  let balanced = true;
  let inTemplate = false;
  // The last non-blank code character and, when it ended a word, that word: they decide what a `/` means.
  let lastSignificant = "";
  let lastWord = "";
  let i = 0;

  const mark = (from: number, to: number, kind: number) => {
    const end = Math.min(to, n);
    for (let k = from; k < end; k++) {
      kinds[k] = kind;
      depths[k] = stack.length;
    }
  };
  const afterValue = () => {
    lastSignificant = ")";
    lastWord = "";
  };

  while (i < n) {
    const c = source[i]!;
    const next = source[i + 1];

    if (inTemplate) {
      if (c === "\\") {
        mark(i, i + 2, CharKind.literal);
        i += 2;
      } else if (c === "`") {
        mark(i, i + 1, CharKind.literal);
        i++;
        inTemplate = false;
        afterValue();
      } else if (c === "$" && next === "{") {
        mark(i, i + 2, CharKind.literal);
        stack.push(TEMPLATE_EXPRESSION);
        i += 2;
        inTemplate = false;
        lastSignificant = "{";
        lastWord = "";
      } else {
        mark(i, i + 1, CharKind.literal);
        i++;
      }
      continue;
    }

    if (c === "/" && next === "/") {
      const end = lineEnd(source, i);
      mark(i, end, CharKind.comment);
      i = end;
      continue;
    }
    if (c === "/" && next === "*") {
      const close = source.indexOf("*/", i + 2);
      const end = close < 0 ? n : close + 2;
      if (close < 0) balanced = false;
      mark(i, end, CharKind.comment);
      i = end;
      continue;
    }
    if (c === '"' || c === "'") {
      const { end, closed } = scanString(source, i, c);
      if (!closed) balanced = false;
      mark(i, end, CharKind.literal);
      i = end;
      afterValue();
      continue;
    }
    if (c === "`") {
      mark(i, i + 1, CharKind.literal);
      i++;
      inTemplate = true;
      continue;
    }
    if (c === "/") {
      const regexAllowed =
        lastSignificant === "" ||
        (lastWord ? REGEX_AFTER_KEYWORD.has(lastWord) : REGEX_AFTER_PUNCTUATION.has(lastSignificant));
      const end = regexAllowed ? scanRegex(source, i) : undefined;
      if (end !== undefined) {
        mark(i, end, CharKind.literal);
        i = end;
        afterValue();
        continue;
      }
    }
    const closer = OPENERS[c];
    if (closer) {
      mark(i, i + 1, CharKind.code);
      stack.push(closer);
      i++;
      lastSignificant = c;
      lastWord = "";
      continue;
    }
    if (c === ")" || c === "]" || c === "}") {
      const top = stack[stack.length - 1];
      if (c === "}" && top === TEMPLATE_EXPRESSION) {
        stack.pop();
        mark(i, i + 1, CharKind.literal);
        i++;
        inTemplate = true;
        continue;
      }
      mark(i, i + 1, CharKind.code);
      if (top === c) stack.pop();
      else {
        balanced = false;
        if (top !== undefined && top !== TEMPLATE_EXPRESSION) stack.pop();
      }
      i++;
      lastSignificant = c;
      lastWord = "";
      continue;
    }
    if (WORD_CHAR.test(c)) {
      let end = i + 1;
      while (end < n && WORD_CHAR.test(source[end]!)) end++;
      mark(i, end, CharKind.code);
      lastWord = source.slice(i, end);
      lastSignificant = source[end - 1]!;
      i = end;
      continue;
    }
    mark(i, i + 1, CharKind.code);
    if (!/\s/.test(c)) {
      lastSignificant = c;
      lastWord = "";
    }
    i++;
  }

  if (inTemplate || stack.length > 0) balanced = false;
  return { source, kinds, depths, balanced };
}

/** Identifiers in code between `from` and `to`, leaving out property names (after `.` or `?.`). */
export function findIdentifiers(scan: CodeScan, from = 0, to = scan.source.length): IdentifierToken[] {
  const { source, kinds } = scan;
  const found: IdentifierToken[] = [];
  let i = from;
  while (i < to) {
    if (
      kinds[i] !== CharKind.code ||
      !/[A-Za-z_$]/.test(source[i]!) ||
      (i > 0 && WORD_CHAR.test(source[i - 1]!))
    ) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && WORD_CHAR.test(source[end]!)) end++;
    if (previousCodeChar(scan, i) !== ".") found.push({ name: source.slice(i, end), start: i, end });
    i = end;
  }
  return found;
}

/** The closest code character before `index` that is not blank, or "" at the start. */
export function previousCodeChar(scan: CodeScan, index: number): string {
  for (let k = index - 1; k >= 0; k--) {
    const ch = scan.source[k]!;
    if (scan.kinds[k] === CharKind.comment || /\s/.test(ch)) continue;
    return ch;
  }
  return "";
}

/** The closest code character at or after `index` that is not blank, with its position. */
export function nextCodeChar(scan: CodeScan, index: number): { char: string; index: number } {
  for (let k = index; k < scan.source.length; k++) {
    const ch = scan.source[k]!;
    if (scan.kinds[k] === CharKind.comment || /\s/.test(ch)) continue;
    return { char: ch, index: k };
  }
  return { char: "", index: scan.source.length };
}

function lineEnd(source: string, from: number): number {
  const end = source.indexOf("\n", from);
  return end < 0 ? source.length : end;
}

function scanString(source: string, start: number, quote: string): { end: number; closed: boolean } {
  let i = start + 1;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\") i += 2;
    else if (c === quote) return { end: i + 1, closed: true };
    // An unescaped newline ends a quoted string in JavaScript: the string is broken, the next line is not in it.
    else if (c === "\n") return { end: i, closed: false };
    else i++;
  }
  return { end: source.length, closed: false };
}

/** End of a regular expression literal starting at `start`, or undefined when the line holds none. */
function scanRegex(source: string, start: number): number | undefined {
  let i = start + 1;
  let inClass = false;
  while (i < source.length) {
    const c = source[i];
    if (c === "\n") return undefined;
    if (c === "\\") i += 2;
    else if (c === "[") {
      inClass = true;
      i++;
    } else if (c === "]") {
      inClass = false;
      i++;
    } else if (c === "/" && !inClass) {
      i++;
      while (i < source.length && /[a-z]/.test(source[i]!)) i++;
      return i;
    } else i++;
  }
  return undefined;
}
