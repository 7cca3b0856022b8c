// Writes puzzles/manifest.json from the parts in puzzles/.parts: `node --import tsx merge.ts [DIR]`.
import { defaultPuzzlesDir } from "../paths/index.ts";
import { ManifestError, mergeManifestParts } from "./index.ts";

const dir = process.argv[2] ?? defaultPuzzlesDir();
try {
  const manifest = await mergeManifestParts(dir);
  const count = (split: string) => manifest.puzzles.filter((entry) => entry.split === split).length;
  process.stdout.write(
    `wrote ${dir}/manifest.json: ${manifest.puzzles.length} puzzles (${count("train")} train, ${count("test")} test)\n`,
  );
} catch (error) {
  if (!(error instanceof ManifestError)) throw error;
  process.stderr.write(`merge: ${error.message}\n`);
  process.exitCode = 1;
}
