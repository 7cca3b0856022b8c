/** One exported pair as a JSON line, in each format; every format carries the same metadata fields. */
import { type ChatMessage, solvingPrompt } from "@puzzleloop/model";
import type { ExportFormat } from "./options.ts";
import type { ExportPair } from "./selection.ts";

/** Fields on every line, whatever the format: enough to trace a line back to the store and to weight it. */
export interface LineMetadata {
  puzzle_id: number;
  puzzle_hash: string;
  solution_hash: string;
  origin: ExportPair["origin"];
  seed_id: string | null;
  domain: string | null;
  /** The round of the attempt; null for a seed's reference solution. */
  round: string | null;
  /** The model that wrote the solution; null for a seed's reference solution. */
  model: string | null;
  /** Samples of the puzzle in the iteration: every completion, identical ones each counted. */
  samples: number;
  /** Of those, the samples that verified. */
  verified: number;
  /** verified / samples, computed by core's solveRate; null for a seed never tried. */
  solve_rate: number | null;
  weight: number;
}

export type ChatLine = { messages: ChatMessage[] } & LineMetadata;
export type CompletionLine = { prompt: string; completion: string } & LineMetadata;
export type RawLine = { puzzle: string; solution: string } & LineMetadata;
export type ExportLine = ChatLine | CompletionLine | RawLine;

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
  return [...messages, { role: "assistant", content: `\`\`\`ts\n${pair.solution.trim()}\n\`\`\`` }];
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
  return { prompt: text, completion: `${pair.solution.trim()}\n\nconsole.assert(sat(sol()));\n` };
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
