/**
 * The command tree: each command in its own file, loaded only when used. Descriptions live here too,
 * so that `puzzleloop --help` loads none of the commands.
 */
import type { CommandDef } from "citty";

export interface CommandEntry {
  description: string;
  load(): Promise<CommandDef>;
}

export const VERSION = "0.1.0";

export const ROOT_DESCRIPTION =
  "Generate programming puzzles with a model, keep the pairs a sandbox proves correct, export them.";

export const COMMANDS: Record<string, CommandEntry> = {
  run: {
    description:
      "Run one round end to end on this machine (workers in-process, a private Redis if none answers) and export the verified pairs",
    load: () => import("./run.ts").then((m) => m.runCommand),
  },
  verify: {
    description: "Verify puzzle/solution pairs in the sandbox",
    load: () => import("./verify.ts").then((m) => m.verifyCommand as unknown as CommandDef),
  },
  puzzles: {
    description: "Check and list the seed puzzle library",
    load: () => import("./puzzles.ts").then((m) => m.puzzlesCommand),
  },
  round: {
    description: "Start, list and cancel generation rounds",
    load: () => import("./round.ts").then((m) => m.roundCommand),
  },
  worker: {
    description: "Run stage workers against the shared Redis until stopped",
    load: () => import("./worker.ts").then((m) => m.workerCommand),
  },
  watch: {
    description: "Show a round's progress per stage until it ends",
    load: () => import("./watch.ts").then((m) => m.watchCommand),
  },
  status: {
    description: "Iterations, rounds with their counts, and the queues",
    load: () => import("./status.ts").then((m) => m.statusCommand),
  },
  export: {
    description: "Write an iteration's verified pairs as a fine-tuning dataset",
    load: () => import("./export.ts").then((m) => m.exportCommand),
  },
  eval: {
    description: "pass@k of a model on the held-out split",
    load: () => import("./eval.ts").then((m) => m.evalCommand),
  },
  iteration: {
    description: "Start the next model iteration, or list them",
    load: () => import("./iteration.ts").then((m) => m.iterationCommand),
  },
  model: {
    description: "Check that a model answers, with one cheap call",
    load: () => import("./model.ts").then((m) => m.modelCommand),
  },
  report: {
    description: "Summarise every iteration: generation, verification, pass@k, exports",
    load: () => import("./report.ts").then((m) => m.reportCommand),
  },
};

/** The root as `--help` shows it: each command by its description alone. */
export const rootUsage: CommandDef = {
  meta: { name: "puzzleloop", version: VERSION, description: ROOT_DESCRIPTION },
  subCommands: Object.fromEntries(
    Object.entries(COMMANDS).map(([name, entry]) => [
      name,
      { meta: { name, description: entry.description } },
    ]),
  ),
};
