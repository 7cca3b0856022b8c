// The lexical scan: code, comments and literals told apart, nesting depth, unbalanced endings.

import { describe, expect, it } from "vitest";
import { CharKind, findIdentifiers, scanCode } from "./code-scanner.ts";

/** The characters of `source` scanned as `kind`, concatenated. */
function charsOfKind(source: string, kind: number): string {
  const scan = scanCode(source);
  return [...source].filter((_, i) => scan.kinds[i] === kind).join("");
}

describe("scanCode", () => {
  it("tells code, comments and literals apart", () => {
    const source = "const a = \"x{\"; // c}\nconst b = 'y'; /* d( */ const r = /[/]+/g;";
    expect(charsOfKind(source, CharKind.comment)).toBe("// c}/* d( */");
    expect(charsOfKind(source, CharKind.literal)).toBe("\"x{\"'y'/[/]+/g");
    expect(scanCode(source).balanced).toBe(true);
  });

  it("treats a slash after a value as division, not a regex", () => {
    const source = "const x = (a + b) / 2 / c;";
    expect(charsOfKind(source, CharKind.literal)).toBe("");
    expect(scanCode("const y = n / 2;\nconst z = m / 3;").balanced).toBe(true);
  });

  it("reads a regex after return and after =>", () => {
    expect(charsOfKind("function f() { return /}/.test(s); }", CharKind.literal)).toBe("/}/");
    expect(charsOfKind("const g = (s) => /{/.test(s);", CharKind.literal)).toBe("/{/");
  });

  it("scans template literals with nested expressions as code", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the string is TypeScript source under test
    const source = "const t = `a${ f({ k: `b${x}` }) }c`;";
    const scan = scanCode(source);
    expect(scan.balanced).toBe(true);
    expect(findIdentifiers(scan).map((t) => t.name)).toEqual(["const", "t", "f", "k", "x"]);
  });

  it("records the bracket depth before each character", () => {
    const source = "f(a[{b}])";
    const { depths } = scanCode(source);
    expect([...depths]).toEqual([0, 0, 1, 1, 2, 3, 3, 2, 1]);
  });

  it.each([
    ["an open brace", "function f() {"],
    ["an open string", 'const s = "abc'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the string is TypeScript source under test
    ["an open template", "const s = `abc${x}"],
    ["an open block comment", "const a = 1; /* note"],
    ["a stray closer", "const a = 1; }"],
  ])("reports unbalanced source: %s", (_, source) => {
    expect(scanCode(source).balanced).toBe(false);
  });

  it("ends a quoted string at a newline, so the next line is code again", () => {
    const scan = scanCode('const s = "broken\nconst t = 1;');
    expect(scan.balanced).toBe(false);
    expect(findIdentifiers(scan).map((t) => t.name)).toContain("t");
  });
});

describe("findIdentifiers", () => {
  it("skips property names, strings and comments", () => {
    const source = 'const n = obj.size + other?.size; // size\nconst s = "size";';
    expect(findIdentifiers(scanCode(source)).map((t) => t.name)).toEqual([
      "const",
      "n",
      "obj",
      "other",
      "const",
      "s",
    ]);
  });
});
