/** The command tree: each command in its own file, named as the command. */
import { defineCommand } from "citty";
import { puzzlesCommand } from "./puzzles.ts";
import { verifyCommand } from "./verify.ts";

export const rootCommand = defineCommand({
  meta: {
    name: "puzzleloop",
    version: "0.1.0",
    description:
      "Generate programming puzzles with a model, keep the pairs a sandbox proves correct, export them.",
  },
  subCommands: {
    verify: verifyCommand,
    puzzles: puzzlesCommand,
  },
});
