// Writes a JSON value as a TypeScript literal in the puzzle files' style: `[1, 2]`, `{ x: 1 }`, double quotes.
import type { Json } from "@puzzleloop/core";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The value as source text that the core's literal reader turns back into the same value. */
export function literalText(value: Json): string {
  if (value === null) return "null";
  if (typeof value === "number") return Object.is(value, -0) ? "0" : String(value);
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(literalText).join(", ")}]`;
  const entries = Object.entries(value).map(
    ([key, item]) => `${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${literalText(item)}`,
  );
  return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
}

/** A short rendering for prose: long values are cut with an ellipsis. */
export function shortText(value: Json, max = 40): string {
  const text = literalText(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
