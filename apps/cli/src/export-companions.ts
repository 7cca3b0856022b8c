/** Files the CLI has written beside every export: the built-in model's transformation outcomes. */
import type { ExportCompanion } from "@puzzleloop/dataset";

/**
 * The companions of an export. The built-in model's writes nothing for an iteration none of whose
 * puzzles it derived, so it is passed for every export.
 */
export async function exportCompanions(): Promise<ExportCompanion[]> {
  const { writeTransformOutcomes } = await import("@puzzleloop/builtin");
  return [writeTransformOutcomes];
}
