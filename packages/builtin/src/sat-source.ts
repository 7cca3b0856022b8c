// Writes a `sat` function in the puzzle format from its parts.
import type { Param, SatFunction } from "@puzzleloop/core";
import { docComment } from "./doc-comment.ts";
import { literalText } from "./literal-text.ts";

/** A parameter after the answer, as it will be written. */
export interface ParamText {
  name: string;
  type?: string;
  defaultText: string;
}

/** What a `sat` declaration is made of. */
export interface SatParts {
  typeParameters: string;
  answer: { name: string; type: string };
  params: readonly ParamText[];
  /** A block, braces included. */
  body: string;
}

export function paramText(param: ParamText): string {
  return `${param.name}${param.type === undefined ? "" : `: ${param.type}`} = ${param.defaultText}`;
}

/** The parameter list, answer first. */
export function parameterList(parts: Pick<SatParts, "answer" | "params">): string {
  return [`${parts.answer.name}: ${parts.answer.type}`, ...parts.params.map(paramText)].join(", ");
}

/** `sat`'s body as a block, whether it was written as one or as an arrow's expression. */
export function blockBody(fn: Pick<SatFunction, "body" | "expressionBody">): string {
  // The newline keeps a trailing line comment in the expression from swallowing the semicolon.
  return fn.expressionBody ? `{\n  return (${fn.body}\n  );\n}` : fn.body;
}

/** A parameter as it will be written: a default that a formatter spread over lines is put back on one. */
export function paramParts({ name, type, default: value, defaultText }: Param): ParamText {
  return {
    name,
    defaultText: defaultText.includes("\n") ? literalText(value) : defaultText,
    ...(type === undefined ? {} : { type }),
  };
}

/** The parts of a parsed `sat`, with its body as a block. */
export function satParts(sat: SatFunction): SatParts {
  return {
    typeParameters: sat.typeParameters,
    answer: sat.answer,
    params: sat.params.map(paramParts),
    body: blockBody(sat),
  };
}

/** A whole puzzle source: the doc comment and an exported `sat` declaration. */
export function renderSat(doc: readonly string[], parts: SatParts): string {
  return `${docComment(doc)}\nexport function sat${parts.typeParameters}(${parameterList(parts)}): boolean ${parts.body}\n`;
}

/** A `sat` as a function declared inside another one, indented one level, under a new name. */
export function innerFunction(name: string, sat: SatFunction): string {
  const text = `function ${name}${sat.typeParameters}(${parameterList(satParts(sat))}): boolean ${blockBody(sat)}`;
  return indent(text);
}

export function indent(text: string, by = "  "): string {
  return text
    .split("\n")
    .map((line) => (line.trim() === "" ? "" : by + line))
    .join("\n");
}

/** An answer type with its spacing removed, to compare annotations written differently. */
export function typeKey(type: string): string {
  return type.replace(/\s+/g, "");
}
