/**
 * The dataset's line format, both ways: zod schemas of a line in each format, `formatLine` that writes
 * one and `parseLine` that reads one back into its puzzle and solution. Anything that reads an export
 * (a model's training data) reads it here; a line `parseLine` accepts is exactly one `formatLine` writes.
 */
import { CodedError } from "@puzzleloop/core";
import { type ChatMessage, solvingPrompt } from "@puzzleloop/model";
import { PUZZLE_ORIGINS } from "@puzzleloop/store";
import { z } from "zod";
import type { ExportFormat } from "./options.ts";
import type { ExportPair } from "./selection.ts";

/** Fields on every line, whatever the format: enough to trace a line back to the store and to weight it. */
export const lineMetadata = z.object({
  puzzle_id: z.number().int(),
  puzzle_hash: z.string(),
  solution_hash: z.string(),
  origin: z.enum(PUZZLE_ORIGINS),
  seed_id: z.string().nullable(),
  domain: z.string().nullable(),
  /** The round of the attempt; null for a seed's reference solution. */
  round: z.string().nullable(),
  /** The model that wrote the solution; null for a seed's reference solution. */
  model: z.string().nullable(),
  /** Samples of the puzzle in the iteration: every completion, identical ones each counted. */
  samples: z.number().int().min(0),
  /** Of those, the samples that verified. */
  verified: z.number().int().min(0),
  /** verified / samples (core's solveRate); null for a seed never tried. */
  solve_rate: z.number().min(0).max(1).nullable(),
  weight: z.number().min(0),
});
export type LineMetadata = z.infer<typeof lineMetadata>;

const chatMessage = z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() });

/** The solving prompt as chat messages, answered by the solution in a TypeScript fence. */
export const chatLine = lineMetadata.extend({ messages: z.array(chatMessage).min(2) });
/** The solving prompt as a code file, continued by the solution and the check that it passes. */
export const completionLine = lineMetadata.extend({ prompt: z.string(), completion: z.string() });
/** The puzzle and the solution as they are. */
export const rawLine = lineMetadata.extend({ puzzle: z.string(), solution: z.string() });

export type ChatLine = z.infer<typeof chatLine>;
export type CompletionLine = z.infer<typeof completionLine>;
export type RawLine = z.infer<typeof rawLine>;
export type ExportLine = ChatLine | CompletionLine | RawLine;

/** The schema of each format's lines. */
export const LINE_SCHEMAS = { chat: chatLine, completion: completionLine, raw: rawLine } as const;

/** The line of `pair` in `format`. Prompts are the zero-shot solving prompts the loop itself asks with. */
export function formatLine(pair: ExportPair, weight: number, format: ExportFormat): ExportLine {
  const meta = metadata(pair, weight);
  switch (format) {
    case "chat":
      return { messages: chatMessages(pair), ...meta };
    case "completion":
      return { ...completionText(pair), ...meta };
    case "raw":
      return { puzzle: pair.puzzle, solution: pair.solution, ...meta };
  }
}

/** The solving prompt as chat messages, answered with the solution in a TypeScript fence. */
export function chatMessages(pair: Pick<ExportPair, "puzzle" | "solution">): ChatMessage[] {
  const { messages } = solvingPrompt([], { sat: pair.puzzle });
  return [...messages, { role: "assistant", content: `${FENCE_OPEN}${pair.solution.trim()}${FENCE_CLOSE}` }];
}

/**
 * The solving prompt as a code file, continued by the solution and the check that it passes: the
 * puzzle, `g`, then `assert f(g())` of Haluptzok et al. 2023, in TypeScript.
 */
export function completionText(pair: Pick<ExportPair, "puzzle" | "solution">): {
  prompt: string;
  completion: string;
} {
  const { text } = solvingPrompt([], { sat: pair.puzzle });
  return { prompt: text, completion: `${pair.solution.trim()}${COMPLETION_END}` };
}

const FENCE_OPEN = "```ts\n";
const FENCE_CLOSE = "\n```";
const COMPLETION_END = "\n\nconsole.assert(sat(sol()));\n";

/** What a {@link LineFormatError} refuses. */
export type LineFormatCode = "not-json" | "not-a-line" | "not-written-here";

/** A line that is not one the export writes. */
export class LineFormatError extends CodedError<LineFormatCode, { format: ExportFormat | undefined }> {
  override name = "LineFormatError";
}

/** A line read back: its format, its fields, and the pair it holds. */
export interface ParsedLine {
  format: ExportFormat;
  line: ExportLine;
  puzzle: string;
  solution: string;
}

/**
 * Reads one line of an export: in `format`, or in whichever format its fields are when none is given.
 * The pair comes out of the prompt by writing it again: a chat or completion line whose prompt is not
 * exactly the one `formatLine` writes for that puzzle is refused, never guessed at.
 */
export function parseLine(text: string, format?: ExportFormat): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LineFormatError("not-json", { format }, `not a JSON line: ${(error as Error).message}`);
  }
  const formats = format === undefined ? (Object.keys(LINE_SCHEMAS) as ExportFormat[]) : [format];
  for (const f of formats) {
    const parsed = LINE_SCHEMAS[f].safeParse(value);
    if (!parsed.success) continue;
    const pair = pairOf(f, parsed.data);
    if (pair === undefined)
      throw new LineFormatError(
        "not-written-here",
        { format: f },
        `a ${f} line whose prompt is not the one the export writes for its puzzle`,
      );
    return { format: f, line: parsed.data, ...pair };
  }
  throw new LineFormatError(
    "not-a-line",
    { format },
    `not a ${format ?? "chat, completion or raw"} line of an export (or its fields are not all there)`,
  );
}

function pairOf(format: ExportFormat, line: ExportLine): { puzzle: string; solution: string } | undefined {
  switch (format) {
    case "raw": {
      const { puzzle, solution } = line as RawLine;
      return { puzzle, solution };
    }
    case "chat":
      return fromChat((line as ChatLine).messages);
    case "completion": {
      const { prompt, completion } = line as CompletionLine;
      return fromCompletion(prompt, completion);
    }
  }
}

/** The puzzle between the user message's opening fence and its last closing one, checked by writing the messages again. */
function fromChat(messages: readonly ChatMessage[]): { puzzle: string; solution: string } | undefined {
  const user = messages.at(-2)?.content ?? "";
  const answer = messages.at(-1)?.content ?? "";
  if (!answer.startsWith(FENCE_OPEN) || !answer.endsWith(FENCE_CLOSE)) return undefined;
  const solution = answer.slice(FENCE_OPEN.length, answer.length - FENCE_CLOSE.length);
  const start = user.indexOf(FENCE_OPEN);
  const end = user.lastIndexOf(`${FENCE_CLOSE}\n\n`);
  if (start < 0 || end < start) return undefined;
  const puzzle = user.slice(start + FENCE_OPEN.length, end);
  const again = chatMessages({ puzzle, solution });
  const same =
    again.length === messages.length &&
    again.every((m, i) => m.role === messages[i]!.role && m.content === messages[i]!.content);
  return same ? { puzzle, solution } : undefined;
}

/** The completion prompt holds the puzzle once, between a fixed head and tail: cut them off, write it again to check. */
function fromCompletion(
  prompt: string,
  completion: string,
): { puzzle: string; solution: string } | undefined {
  if (!completion.endsWith(COMPLETION_END)) return undefined;
  const solution = completion.slice(0, completion.length - COMPLETION_END.length);
  const { head, tail } = completionFrame();
  if (!prompt.startsWith(head) || !prompt.endsWith(tail) || prompt.length < head.length + tail.length)
    return undefined;
  const puzzle = prompt.slice(head.length, prompt.length - tail.length);
  const again = completionText({ puzzle, solution });
  return again.prompt === prompt && again.completion === completion ? { puzzle, solution } : undefined;
}

let frame: { head: string; tail: string } | undefined;

/** The text around the puzzle in a completion prompt, found by writing one around a marker. */
function completionFrame(): { head: string; tail: string } {
  if (frame === undefined) {
    const marker = "\u0000puzzle\u0000";
    const { text } = solvingPrompt([], { sat: marker });
    const at = text.indexOf(marker);
    frame = { head: text.slice(0, at), tail: text.slice(at + marker.length) };
  }
  return frame;
}

function metadata(pair: ExportPair, weight: number): LineMetadata {
  return {
    puzzle_id: pair.puzzleId,
    puzzle_hash: pair.puzzleHash,
    solution_hash: pair.solutionHash,
    origin: pair.origin,
    seed_id: pair.seedId,
    domain: pair.domain,
    round: pair.roundId,
    model: pair.model,
    samples: pair.samples,
    verified: pair.verified,
    solve_rate: pair.solveRate,
    weight,
  };
}
