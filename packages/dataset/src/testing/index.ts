/** For tests of code that reads exports: a line of a pair as the export writes it. Not part of the main entry. */
import { formatLine } from "../line-format.ts";
import type { ExportFormat } from "../options.ts";

/** The line of `puzzle` and `solution` in `format`, with made-up store fields, as JSON text. */
export function exportLine(puzzle: string, solution: string, format: ExportFormat = "chat"): string {
  const pair = {
    puzzleId: 1,
    puzzleHash: "p1",
    puzzle,
    origin: "generated" as const,
    seedId: null,
    domain: null,
    solution,
    solutionHash: "s1",
    attemptId: 1,
    roundId: "r-0-1",
    model: "builtin",
    samples: 1,
    verified: 1,
    solveRate: 1,
  };
  return JSON.stringify(formatLine(pair, 1, format));
}
