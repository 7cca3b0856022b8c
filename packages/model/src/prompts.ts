// Few-shot prompts for writing and solving puzzles, after Haluptzok et al. 2023, as chat messages and as plain text.

import { renameFunction } from "./rename-function.ts";
import { solSignature } from "./sol-signature.ts";
import type { PromptPuzzle, SolvedExample } from "./types.ts";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** One prompt in both forms: chat messages for instruction-tuned models, plain text for base models. */
export interface Prompt {
  messages: ChatMessage[];
  /** The same request as a code file a base model continues; its continuation is the answer. */
  text: string;
}

const FORMAT_RULES =
  "Puzzles and solutions are deterministic, fast, use no imports, no I/O and no randomness, and answers are JSON values: numbers, strings, booleans, null, arrays and plain objects.";

export const GENERATION_SYSTEM_PROMPT = [
  "You write programming puzzles in TypeScript.",
  "A puzzle is a function `sat` whose first parameter is the answer: it returns true exactly when the answer is correct, and its further parameters have default values.",
  "A good puzzle is solvable, unambiguous, and cheap to check.",
  FORMAT_RULES,
].join(" ");

export const SOLVING_SYSTEM_PROMPT = [
  "You solve programming puzzles in TypeScript.",
  "A puzzle is a function `sat(answer, ...params)` that returns true exactly when the answer is correct.",
  "A solution is a function `sol(...params)` that takes the same parameters as `sat` after the answer, with the same defaults, and returns a correct answer.",
  FORMAT_RULES,
].join(" ");

/**
 * Asks for one new puzzle. The examples are shown without solutions, renamed `sat1`..`satK` so the new
 * `sat` reads as the next in a series rather than a copy of one of them.
 */
export function generationPrompt(examples: readonly PromptPuzzle[]): Prompt {
  const renamed = examples.map((example, i) => renameFunction(example.sat.trim(), "sat", `sat${i + 1}`));
  const format =
    "a doc comment saying what is asked, then `export function sat(answer: T, ...params with defaults): boolean`, where T is the type of the answer";
  const ask =
    renamed.length === 0
      ? `Write one programming puzzle in TypeScript, in this format: ${format}.`
      : `Write one new puzzle, different from all of the above, in the same format: ${format}.`;
  const user = [
    ...(renamed.length === 0
      ? []
      : [
          `Here are ${renamed.length} programming puzzles. Each is a function that returns true exactly when its first argument, the answer, is correct.`,
          ...renamed.map(fenced),
        ]),
    `${ask} Reply with a single \`\`\`ts code block.`,
  ].join("\n\n");

  const text = [
    "// Programming puzzles in TypeScript. Each function returns true exactly when its first argument, the answer, is correct.",
    ...renamed.map((sat, i) => `// Puzzle ${i + 1}\n${sat}`),
    `// Puzzle ${renamed.length + 1}: a new puzzle, different from those above, named sat\n`,
  ].join("\n\n");

  return { messages: chat(GENERATION_SYSTEM_PROMPT, user), text };
}

/** Asks for `sol` for one puzzle, after solved examples shown as `sat` followed by its `sol`. */
export function solvingPrompt(examples: readonly SolvedExample[], puzzle: PromptPuzzle): Prompt {
  const target = puzzle.sat.trim();
  const signature = solSignature(target);
  const wanted = signature
    ? `\`${signature}\``
    : "`export function sol(...)` with the same parameters as `sat` after the answer";
  const user = [
    ...(examples.length === 0
      ? []
      : [
          "Each puzzle below is followed by its solution: `sol` takes the same parameters as `sat` after the answer, with the same defaults, and returns an answer for which `sat` returns true.",
          ...examples.map(
            (example, i) => `Puzzle ${i + 1}:\n${fenced(`${example.sat.trim()}\n\n${example.sol.trim()}`)}`,
          ),
        ]),
    `Now solve this puzzle:\n${fenced(target)}`,
    `Reply with a single \`\`\`ts code block that defines ${wanted}, so that \`sat(sol())\` returns true. Do not repeat \`sat\`.`,
  ].join("\n\n");

  const text = [
    "// Programming puzzles in TypeScript, each followed by its solution. sat(answer, ...params) returns true exactly when the answer is correct; sol(...params) takes the same parameters with the same defaults and returns a correct answer.",
    ...examples.map((example, i) => `// Puzzle ${i + 1}\n${example.sat.trim()}\n\n${example.sol.trim()}`),
    `// Puzzle ${examples.length + 1}\n${target}\n\n`,
  ].join("\n\n");

  return { messages: chat(SOLVING_SYSTEM_PROMPT, user), text };
}

function fenced(code: string): string {
  return `\`\`\`ts\n${code}\n\`\`\``;
}

function chat(system: string, user: string): ChatMessage[] {
  return [
    { role: "system", content: system },
    { role: "user", content: user },
  ];
}
