/** The dataset card (`README.md`): what the export is, how it was made, and how to load and train on it. */
import { DATA_FILE, type ExportManifest, MANIFEST_FILE } from "./manifest.ts";
import {
  RECIPE_CONFIG_FILE,
  RECIPE_SCRIPT_FILE,
  recipeFormats,
  trainableCheckpoint,
} from "./training-recipe.ts";

export const CARD_FILE = "README.md";

/** The card's text. It holds nothing that changes between two runs of the same export (no time). */
export function datasetCard(manifest: ExportManifest): string {
  const { iteration, options, counts } = manifest;
  const repo = options.pushToHub ?? "OWNER/NAME";
  return [
    frontMatter(manifest),
    `# puzzleloop, iteration ${iteration}: verified TypeScript programming puzzles and solutions`,
    "",
    "Programming puzzles written by a language model, each with solutions that a sandbox proved correct.",
    "A puzzle is a TypeScript function `sat(answer, ...params)` that returns `true` exactly for correct",
    "answers; a solution is a function `sol(...params)` that returns one. It is the fine-tuning set for",
    `the next iteration of the model, after "Language Models Can Teach Themselves to Program Better"`,
    "(Haluptzok, Bowers, Kalai, ICLR 2023) and P3 (Schuster et al., 2021).",
    "",
    "## How it was made",
    "",
    `- Base model of iteration ${iteration}: \`${manifest.baseModel}\`.`,
    `- Rounds: ${manifest.rounds.length === 0 ? "none" : manifest.rounds.map((r) => `\`${r.id}\` (\`${r.model}\`)`).join(", ")}.`,
    `- Solutions written by: ${manifest.models.length === 0 ? "none" : manifest.models.map((m) => `\`${m}\``).join(", ")}${options.includeSeed ? "; seed puzzles also carry their reference solution" : ""}.`,
    "- Verified in the sandbox: `sol()` runs first and its answer is serialised to JSON; `sat` then runs on a",
    "  fresh copy of that JSON, in a hardened realm the solution cannot reach, under time, memory and size",
    "  limits. A pair is kept only when `sat` returns the boolean `true`.",
    `- Puzzles: ${options.includeSeed ? "generated ones and the seed library's train split" : "generated ones only (seed puzzles left out)"}. The seed library's test split is never stored, so it cannot appear here.`,
    `- Solve rate (verified / samples within the iteration, identical completions each counted) kept within ${options.minSolveRate}..${options.maxSolveRate}.`,
    `- Per puzzle, the ${options.maxPerPuzzle} shortest distinct solutions, distinct by the hash of their normalised form (types, comments, layout and local names do not count).`,
    `- Weighting: ${weightingText(manifest)}`,
    "",
    "## Counts",
    "",
    "| | puzzles | pairs | lines |",
    "| --- | ---: | ---: | ---: |",
    `| all | ${counts.puzzles} | ${counts.pairs} | ${counts.lines} |`,
    ...Object.entries(counts.byOrigin).map(([o, c]) => `| ${o} | ${c.puzzles} | ${c.pairs} | ${c.lines} |`),
    "",
    "Left out:",
    "",
    "| reason | puzzles | pairs |",
    "| --- | ---: | ---: |",
    ...Object.entries(counts.skipped).map(([r, c]) => `| ${r} | ${c.puzzles} | ${c.pairs} |`),
    "",
    "By solve rate (lines exceed pairs where resampling copied hard puzzles):",
    "",
    "| solve rate | puzzles | pairs | lines |",
    "| --- | ---: | ---: | ---: |",
    ...manifest.histogram.map((b) => `| ${b.range} | ${b.puzzles} | ${b.pairs} | ${b.lines} |`),
    "",
    `\`${MANIFEST_FILE}\` holds these counts, every option, and the sha256 of \`${DATA_FILE}\`.`,
    "",
    "## Format",
    "",
    formatText(manifest),
    "",
    "Every line also carries: `puzzle_id`, `puzzle_hash` (the puzzle's normalised hash), `solution_hash`",
    "(the solution's), `origin` (`generated` or `seed`), `seed_id`, `domain`, `round` and `model` (null for",
    "a seed's reference solution), `samples` and `verified` (in the iteration; identical completions each counted), `solve_rate` (null for a",
    "puzzle never attempted) and `weight` (normalised to mean 1 over the pairs).",
    "",
    "## Loading",
    "",
    "```python",
    "from datasets import load_dataset",
    "",
    `ds = load_dataset("json", data_files="${DATA_FILE}", split="train")  # from this folder`,
    `ds = load_dataset("${repo}", split="train")  # from the Hub`,
    "```",
    "",
    ...trainingText(manifest),
  ].join("\n");
}

function frontMatter(manifest: ExportManifest): string {
  return [
    "---",
    `pretty_name: puzzleloop iteration ${manifest.iteration}`,
    "tags:",
    "- code",
    "- typescript",
    "- programming-puzzles",
    "- synthetic",
    "task_categories:",
    "- text-generation",
    "size_categories:",
    `- ${sizeCategory(manifest.counts.lines)}`,
    "configs:",
    "- config_name: default",
    "  data_files:",
    "  - split: train",
    `    path: ${DATA_FILE}`,
    "---",
    "",
  ].join("\n");
}

/** The Hub's size bucket for `n` rows. */
export function sizeCategory(n: number): string {
  const bounds = ["1K", "10K", "100K", "1M", "10M", "100M", "1B"];
  for (let i = 0; i < bounds.length; i++) {
    if (n < 1000 * 10 ** i) return i === 0 ? "n<1K" : `${bounds[i - 1]}<n<${bounds[i]}`;
  }
  return "n>1B";
}

function weightingText(manifest: ExportManifest): string {
  const { options, weights } = manifest;
  if (options.weighting === "none") return "none; every `weight` is 1.";
  const spread = `weights range ${round(weights.min)}..${round(weights.max)}, mean ${round(weights.mean)}`;
  const how =
    "`weight` is proportional to 1 / solve rate of the puzzle (a puzzle never attempted counts as solved every time), normalised to mean 1 over the pairs";
  return options.resample
    ? `${how}; each pair is written round(weight) times, at least once, for trainers without sample weights (${spread}).`
    : `${how} (${spread}).`;
}

function formatText(manifest: ExportManifest): string {
  switch (manifest.options.format) {
    case "chat":
      return [
        "`chat`: `messages` holds a system prompt, the user's request (the puzzle and what to write), and the",
        "assistant's answer: the solution in a ```` ```ts ```` fence. The prompt is the zero-shot solving prompt",
        "the loop itself uses.",
      ].join("\n");
    case "completion":
      return [
        "`completion`: `prompt` is the puzzle as a code file to continue; `completion` is the solution followed",
        "by `console.assert(sat(sol()));`, the TypeScript form of the paper's `assert f(g())`.",
      ].join("\n");
    case "raw":
      return "`raw`: `puzzle` (the TypeScript source of `sat`) and `solution` (the source of `sol`).";
  }
}

function trainingText(manifest: ExportManifest): string[] {
  if (!recipeFormats.includes(manifest.options.format)) {
    return [
      "## Training",
      "",
      "The `raw` format is for inspection and custom pipelines; export with `--format chat` or",
      "`--format completion` for a ready TRL recipe.",
      "",
    ];
  }
  const checkpoint = trainableCheckpoint(manifest.baseModel);
  return [
    "## Training",
    "",
    checkpoint === undefined
      ? `\`${RECIPE_CONFIG_FILE}\` configures TRL's supervised fine-tuning on this folder; \`${manifest.baseModel}\` names no trainable weights, so set its \`model_name_or_path\` first.`
      : `\`${RECIPE_CONFIG_FILE}\` configures TRL's supervised fine-tuning of \`${checkpoint}\` on this folder;`,
    `\`${RECIPE_SCRIPT_FILE}\` runs it (\`pip install trl\`, then \`./${RECIPE_SCRIPT_FILE}\`; extra flags pass through to \`trl sft\`).`,
    ...(manifest.options.weighting !== "none" && !manifest.options.resample
      ? ["TRL's SFT trainer ignores `weight`: export with `--resample` to apply the weighting by copies."]
      : []),
    "",
  ];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
