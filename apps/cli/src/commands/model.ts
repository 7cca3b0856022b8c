/** `puzzleloop model check MODEL`: one cheap call that shows whether a model answers, as the pre-flight of a round does. */
import type { ModelCheck } from "@puzzleloop/model";
import { defineCommand } from "citty";
import { command } from "../command.ts";
import { FailedError } from "../errors.ts";
import { flag, MODEL_HELP } from "../flags.ts";

const checkFlags = {
  model: flag.positional({ description: MODEL_HELP, valueHint: "MODEL", required: true }),
  json: flag.boolean({ description: "Print the result as JSON" }),
};

const checkCommand = command({
  meta: {
    name: "check",
    description:
      "Ask MODEL for one token (no retry): exit 0 when it answers, 1 when it does not, 2 when MODEL cannot be used as given",
  },
  flags: checkFlags,
  async run(v) {
    const { checkModel, ModelConfigError } = await import("@puzzleloop/model");
    const { modelFailure } = await import("../preflight.ts");
    let result: ModelCheck;
    try {
      result = await checkModel(v.model);
    } catch (error) {
      if (error instanceof ModelConfigError) throw error;
      if (v.json) {
        process.stdout.write(
          `${JSON.stringify({ model: v.model, ok: false, error: modelFailure(error) })}\n`,
        );
      }
      throw new FailedError(`model ${v.model} does not answer: ${modelFailure(error)}`);
    }
    if (v.json) process.stdout.write(`${JSON.stringify({ ...result, ok: true })}\n`);
    else if (result.kind === "builtin")
      process.stdout.write("ok: builtin is the offline baseline (no call needed)\n");
    else process.stdout.write(`ok: ${result.model} answered in ${result.ms} ms\n`);
  },
});

export const modelCommand = defineCommand({
  meta: { name: "model", description: "Check that a model answers, with one cheap call" },
  subCommands: { check: checkCommand },
});
