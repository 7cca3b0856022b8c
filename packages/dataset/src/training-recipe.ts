/** The TRL supervised fine-tuning recipe shipped with an export: a config naming the base model, and the command. */
import { parseModelName } from "@puzzleloop/model";
import { DATA_FILE, type ExportManifest } from "./manifest.ts";
import type { ExportFormat } from "./options.ts";

export const RECIPE_CONFIG_FILE = "train_sft.yaml";
export const RECIPE_SCRIPT_FILE = "train.sh";

/** The formats TRL's SFT trainer reads as they are: conversational `messages`, and `prompt`/`completion`. */
export const recipeFormats: readonly ExportFormat[] = ["chat", "completion"];

/**
 * The checkpoint to fine-tune for a MODEL string: a Hub id without its `:provider` suffix, or
 * undefined for the offline baseline and endpoint URLs, which name no weights.
 */
export function trainableCheckpoint(model: string): string | undefined {
  try {
    const spec = parseModelName(model);
    return spec.kind === "hub" ? spec.id.replace(/:[^/]*$/, "") : undefined;
  } catch {
    return undefined;
  }
}

/** `train_sft.yaml`, for `trl sft --config`; run from the export folder, whose card points `datasets` at `train.jsonl`. */
export function trainSftConfig(manifest: ExportManifest): string {
  const { iteration, baseModel, options } = manifest;
  const checkpoint = trainableCheckpoint(baseModel);
  return [
    `# Supervised fine-tuning on puzzleloop iteration ${iteration} (${options.format} format), with TRL.`,
    `# Run from this folder: ./${RECIPE_SCRIPT_FILE} (flags given to it override these values).`,
    ...(checkpoint === undefined
      ? [`# "${baseModel}" names no trainable weights: set model_name_or_path to the checkpoint behind it.`]
      : []),
    ...(options.weighting !== "none" && !options.resample
      ? ["# The SFT trainer ignores the weight column: export with --resample to apply the weighting."]
      : []),
    `model_name_or_path: ${JSON.stringify(checkpoint ?? baseModel)}`,
    "dataset_name: .",
    "dataset_train_split: train",
    // Outside the export folder, which a later export of the same iteration replaces whole.
    `output_dir: ${JSON.stringify(`../checkpoints/iteration-${iteration + 1}`)}`,
    ...(options.format === "completion" ? ["completion_only_loss: true"] : []),
    "num_train_epochs: 1",
    "learning_rate: 1.0e-5",
    "lr_scheduler_type: cosine",
    "warmup_ratio: 0.03",
    "per_device_train_batch_size: 4",
    "gradient_accumulation_steps: 8",
    "gradient_checkpointing: true",
    "max_length: 2048",
    "bf16: true",
    "logging_steps: 10",
    "save_strategy: epoch",
    "seed: 0",
    "report_to: none",
    "",
  ].join("\n");
}

/** `train.sh`: the exact command, from the folder it lives in. */
export function trainScript(manifest: ExportManifest): string {
  return [
    "#!/usr/bin/env bash",
    `# Fine-tunes the base model of puzzleloop iteration ${manifest.iteration} on ${DATA_FILE} with TRL (pip install trl).`,
    "# Extra arguments are passed to `trl sft`, e.g. --num_train_epochs 2.",
    "set -euo pipefail",
    'cd "$(dirname "$0")"',
    `exec trl sft --config ${RECIPE_CONFIG_FILE} "$@"`,
    "",
  ].join("\n");
}
