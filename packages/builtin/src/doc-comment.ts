// Reads the description out of a puzzle's doc comment and writes new doc comments.
import { isDerivationLine } from "./transform-kind.ts";

/** The description lines of a doc comment, without its delimiters or derivation lines. */
export function descriptionLines(doc: string | undefined): string[] {
  if (doc === undefined) return [];
  const lines = doc
    .replace(/^\/\*\*/, "")
    .replace(/\*\/$/, "")
    .split("\n")
    .map((line) => line.replace(/^\s*(?:\* ?)?/, "").trimEnd());
  const kept = lines.filter((line) => !isDerivationLine(line));
  while (kept.length > 0 && kept[0]!.trim() === "") kept.shift();
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === "") kept.pop();
  return kept;
}

/** The description on one line, cut to `max` characters: how prose refers to a puzzle. */
export function title(doc: string | undefined, max = 80): string {
  const text = descriptionLines(doc).join(" ").replace(/\s+/g, " ").trim();
  if (text === "") return "an untitled puzzle";
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A doc comment holding the lines; a `*\/` inside them is broken up so the comment stays one comment. */
export function docComment(lines: readonly string[]): string {
  const body = lines.map((line) => (line === "" ? " *" : ` * ${line.replaceAll("*/", "* /")}`));
  return ["/**", ...body, " */"].join("\n");
}
