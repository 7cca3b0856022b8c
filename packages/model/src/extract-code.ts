// Pulls the code that declares a wanted function (`sat` or `sol`) out of a model's free-form completion.

import { CharKind, type CodeScan, findIdentifiers, scanCode } from "./code-scanner.ts";

export interface ExtractOptions {
  /** The function the code must declare: `sat` for a puzzle, `sol` for a solution. */
  want: string;
  /**
   * Top-level names never kept, even when the wanted function refers to them: a solution must not bring
   * its own `sat`, and a puzzle should not carry a `sol`.
   * @defaultValue []
   */
  exclude?: readonly string[];
}

/** What is extracted for each phase: the function wanted and the one left out. */
export const PUZZLE_EXTRACTION: Readonly<ExtractOptions> = { want: "sat", exclude: ["sol"] };
export const SOLUTION_EXTRACTION: Readonly<ExtractOptions> = { want: "sol", exclude: ["sat"] };

/**
 * Returns the wanted function and the top-level declarations it uses (from any code block), in source order,
 * or undefined when no complete declaration of the wanted function is found.
 *
 * Code is looked for in ```ts / ```typescript / ``` blocks first (an unterminated last block counts), then in
 * unfenced text from the first line that starts a declaration. Test calls, examples and other top-level
 * statements are dropped; a declaration cut off by a length limit is dropped rather than returned broken.
 * When several blocks declare the wanted function, the last complete one wins: models revise.
 */
export function extractCode(text: string, options: ExtractOptions): string | undefined {
  const exclude = options.exclude ?? [];
  const visible = text.replace(REASONING, "");
  const fenced = fencedBlocks(visible).filter((block) => CODE_LANGUAGES.has(block.language));
  const fromBlocks = select(
    fenced.map((block) => splitItems(dedent(block.code), false).items),
    options.want,
    exclude,
  );
  if (fromBlocks !== undefined) return fromBlocks;
  return select(unfencedRegions(visible), options.want, exclude);
}

// Reasoning models think aloud before answering; drafts in there are not the answer.
const REASONING = /<(think|thinking|reasoning)>[\s\S]*?<\/\1>/gi;

const CODE_LANGUAGES = new Set([
  "",
  "ts",
  "typescript",
  "tsx",
  "mts",
  "cts",
  "js",
  "javascript",
  "jsx",
  "mjs",
  "cjs",
]);

const IDENTIFIER = "[A-Za-z_$][\\w$]*";
const PREFIX = "(?:export\\s+)?(?:default\\s+)?(?:declare\\s+)?";
// Strict on purpose: each needs the punctuation that follows a real declaration, so that prose such as
// "function sat checks that..." is not taken for code.
const FUNCTION_DECLARATION = new RegExp(
  `^${PREFIX}(?:async\\s+)?function\\s*\\*?\\s*(${IDENTIFIER})\\s*[(<]`,
);
const VARIABLE_DECLARATION = new RegExp(
  `^${PREFIX}(?:const|let|var)\\s+(?:(${IDENTIFIER})\\s*(?:[:=;,]|$)|([[{].*))`,
);
const CLASS_DECLARATION = new RegExp(
  `^${PREFIX}(?:abstract\\s+)?class\\s+(${IDENTIFIER})\\s*(?:[{<]|extends\\b|implements\\b|$)`,
);
const TYPE_DECLARATION = new RegExp(
  `^${PREFIX}(?:type\\s+(${IDENTIFIER})\\s*[=<]|interface\\s+(${IDENTIFIER})\\s*(?:[{<]|extends\\b|$)|(?:const\\s+)?enum\\s+(${IDENTIFIER})\\s*(?:\\{|$))`,
);
const IMPORT_DECLARATION = /^import\s+(?:type\s+)?(?:([\w$*{][^;]*?)\s+from\s+)?["']/;
const DECLARATIONS = [
  FUNCTION_DECLARATION,
  VARIABLE_DECLARATION,
  CLASS_DECLARATION,
  TYPE_DECLARATION,
  IMPORT_DECLARATION,
];

// A line starting with one of these continues the previous statement.
const CONTINUATION_START = /^(?:[.?:{)\]},=+\-*/&|<>]|=>)/;
// A statement whose last code character is one of these is not finished.
const DANGLING_END = "=,(+-*/&|?:[{<>.!~^%";

interface Item {
  text: string;
  kind: "declaration" | "statement" | "comment";
  /** Top-level names the item declares. */
  names: string[];
  /** Names the item refers to. */
  uses: Set<string>;
  /** Whether it is a whole declaration, not one cut off mid-way. */
  complete: boolean;
}

interface Fence {
  code: string;
  language: string;
}

function fencedBlocks(text: string): Fence[] {
  const lines = text.split("\n");
  const blocks: Fence[] = [];
  let i = 0;
  while (i < lines.length) {
    const open = lines[i]!.match(/(?:^|\s)(`{3,}|~{3,})[ \t]*([^`\s]*)[^`]*$/);
    if (!open) {
      i++;
      continue;
    }
    const fence = open[1]!;
    const closing = new RegExp(`^\\s*${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (closing.test(line)) break;
      // Models often close a fence on the last code line (`}```): keep the code, end the block.
      const glued = fence[0] === "`" ? line.match(/^(.*\S)`{3,}\s*$/) : null;
      if (glued && !glued[1]!.includes("```")) {
        body.push(glued[1]!);
        break;
      }
      body.push(line);
    }
    blocks.push({ code: body.join("\n"), language: (open[2] ?? "").toLowerCase() });
    i = j + 1;
  }
  return blocks;
}

/** Code regions of text that has no usable fence: from a declaration line until prose or the end. */
function unfencedRegions(text: string): Item[][] {
  const regions: Item[][] = [];
  let rest = text;
  while (rest.length > 0) {
    const lines = rest.split("\n");
    const first = lines.findIndex((line) => isDeclarationLine(line.trim()));
    if (first < 0) break;
    const start = attachedCommentStart(lines, first);
    const region = lines.slice(start).join("\n");
    const { items, end } = splitItems(region, true);
    regions.push(items);
    // Always move past the first declaration line, so that a region that stops at once still advances.
    const consumed = Math.max(end, lines.slice(start, first + 1).join("\n").length + 1);
    rest = region.slice(consumed);
  }
  return regions;
}

/** First line of a comment that sits directly above line `index` (a doc comment or `//` lines). */
function attachedCommentStart(lines: readonly string[], index: number): number {
  let start = index;
  const above = (k: number) => lines[k]?.trim() ?? "";
  if (above(start - 1).endsWith("*/")) {
    for (let k = start - 1; k >= 0 && index - k <= 40; k--) {
      if (above(k).startsWith("/*")) return k;
      if (k < start - 1 && !above(k).startsWith("*")) break;
    }
  }
  while (start > 0 && above(start - 1).startsWith("//")) start--;
  return start;
}

/**
 * Splits code into top-level items at lines that begin at bracket depth 0. With `stopAtStatement` (unfenced
 * text), the first line that neither declares nor continues anything ends the code: it is prose or a test call.
 */
function splitItems(code: string, stopAtStatement: boolean): { items: Item[]; end: number } {
  const scan = scanCode(code);
  const starts: { at: number; kind: Item["kind"] }[] = [];
  let end = code.length;
  let offset = 0;
  let blankBefore = false;
  for (const line of code.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    const indent = line.length - line.trimStart().length;
    const first = lineStart + indent;
    const trimmed = line.trim();
    if (trimmed === "") {
      blankBefore = true;
      continue;
    }
    const wasBlank = blankBefore;
    blankBefore = false;
    if (scan.depths[first] !== 0) continue;
    // A fence line ends the code: read as code, its backticks would open a template literal.
    if (/^(?:`{3,}|~{3,})/.test(trimmed) && scan.kinds[first] !== CharKind.comment) {
      end = lineStart;
      break;
    }
    const kind = scan.kinds[first];
    if (kind === CharKind.comment) {
      // Only a comment that opens here starts something; lines inside a longer comment continue it.
      if (trimmed.startsWith("//") || trimmed.startsWith("/*"))
        starts.push({ at: lineStart, kind: "comment" });
      continue;
    }
    if (kind !== CharKind.code) continue;
    if (isDeclarationLine(trimmed)) {
      starts.push({ at: lineStart, kind: "declaration" });
      continue;
    }
    const previous = lastCodeChar(scan, lineStart);
    const closed = previous === ";" || previous === "}";
    const dangling = previous !== "" && DANGLING_END.includes(previous);
    // After a finished statement only a method chain continues (`})` then `.map(...)`); a list item is prose.
    const continues = dangling || (closed ? /^\??\./.test(trimmed) : CONTINUATION_START.test(trimmed));
    if (starts.length > 0 && continues) continue;
    if (stopAtStatement) {
      end = lineStart;
      break;
    }
    if (starts.length > 0 && !wasBlank && !closed) continue;
    starts.push({ at: lineStart, kind: "statement" });
  }

  const items: Item[] = [];
  for (let k = 0; k < starts.length; k++) {
    const { at, kind } = starts[k]!;
    const to = k + 1 < starts.length ? starts[k + 1]!.at : end;
    const text = code.slice(at, to).replace(/\s+$/, "");
    const previous = items[items.length - 1];
    // A comment directly above a declaration is its doc comment: keep them together.
    if (previous?.kind === "comment" && kind === "declaration" && !/\n\s*\n\s*$/.test(code.slice(0, at))) {
      items[items.length - 1] = makeItem(`${previous.text}\n${text}`, kind, text);
    } else {
      items.push(makeItem(text, kind, text));
    }
  }
  return { items, end };
}

function makeItem(text: string, kind: Item["kind"], head: string): Item {
  const scan = scanCode(text);
  const names = kind === "declaration" ? declaredNames(head) : [];
  // A function or class is whole only once the closing brace of its body is there.
  const needsBody = FUNCTION_DECLARATION.test(head.trim()) || CLASS_DECLARATION.test(head.trim());
  const last = lastCodeChar(scan, text.length);
  const complete =
    kind === "declaration" &&
    scan.balanced &&
    last !== "" &&
    (needsBody ? last === "}" : !DANGLING_END.includes(last));
  const uses = new Set(findIdentifiers(scan).map((token) => token.name));
  return { text, kind, names, uses, complete };
}

function declaredNames(head: string): string[] {
  const line = head.trim();
  const fn = line.match(FUNCTION_DECLARATION) ?? line.match(CLASS_DECLARATION);
  if (fn) return [fn[1]!];
  const type = line.match(TYPE_DECLARATION);
  if (type) return [(type[1] ?? type[2] ?? type[3])!];
  const variable = line.match(VARIABLE_DECLARATION);
  if (variable) {
    if (variable[1]) return [variable[1]];
    // A destructuring pattern: every identifier in it may be a name; keys that are not cost nothing here.
    return [...patternText(variable[2] ?? "").matchAll(new RegExp(IDENTIFIER, "g"))].map((m) => m[0]);
  }
  const imported = line.match(IMPORT_DECLARATION);
  if (imported?.[1]) {
    return [...imported[1].matchAll(new RegExp(IDENTIFIER, "g"))]
      .map((m) => m[0])
      .filter((name) => name !== "type" && name !== "as");
  }
  return [];
}

/** The `{...}` or `[...]` pattern at the start of text, up to its matching close. */
function patternText(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "{" || c === "[") depth++;
    else if ((c === "}" || c === "]") && --depth === 0) return text.slice(0, i + 1);
  }
  return text;
}

function select(chunks: readonly Item[][], want: string, exclude: readonly string[]): string | undefined {
  const all = chunks.flatMap((items, chunk) => items.map((item, position) => ({ item, chunk, position })));
  const declarations = all.filter(({ item }) => item.kind === "declaration" && item.complete);
  const target = declarations.findLast(({ item }) => item.names.includes(want));
  if (!target) return undefined;

  const forbidden = new Set([want, ...exclude]);
  const chosen = [target];
  const provided = new Set(target.item.names);
  for (let k = 0; k < chosen.length; k++) {
    for (const name of chosen[k]!.item.uses) {
      if (provided.has(name) || forbidden.has(name)) continue;
      const providers = declarations.filter(
        ({ item }) => item.names.includes(name) && !item.names.some((other) => forbidden.has(other)),
      );
      // A helper from the wanted function's own block first; otherwise the latest one written.
      const provider = providers.findLast(({ chunk }) => chunk === target.chunk) ?? providers.at(-1);
      if (!provider) continue;
      chosen.push(provider);
      for (const declared of provider.item.names) provided.add(declared);
    }
  }
  return chosen
    .sort((a, b) => a.chunk - b.chunk || a.position - b.position)
    .map(({ item }) => item.text.trim())
    .join("\n\n");
}

function isDeclarationLine(trimmed: string): boolean {
  return DECLARATIONS.some((pattern) => pattern.test(trimmed));
}

/** The last code character before `index` that is not blank, or "" when there is none. */
function lastCodeChar(scan: CodeScan, index: number): string {
  for (let k = index - 1; k >= 0; k--) {
    const kind = scan.kinds[k];
    const ch = scan.source[k]!;
    if (kind === CharKind.comment || /\s/.test(ch)) continue;
    // A literal ends a value: `const s = "x"` is finished.
    return kind === CharKind.literal ? '"' : ch;
  }
  return "";
}

/** Removes the indentation shared by every non-blank line (code nested in a list item, say). */
function dedent(code: string): string {
  const lines = code.split("\n");
  const indents = lines.filter((line) => line.trim() !== "").map((line) => line.match(/^[ \t]*/)![0].length);
  const shared = indents.length === 0 ? 0 : Math.min(...indents);
  return shared === 0 ? code : lines.map((line) => line.slice(shared)).join("\n");
}
