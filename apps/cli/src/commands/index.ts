/** The command tree: each command in its own file, named as the command, loaded only when used. */
import { defineCommand } from "citty";

export const rootCommand = defineCommand({
  meta: {
    name: "puzzleloop",
    version: "0.1.0",
    description:
      "Generate programming puzzles with a model, keep the pairs a sandbox proves correct, export them.",
  },
  subCommands: {
    run: () => import("./run.ts").then((m) => m.runCommand),
    verify: () => import("./verify.ts").then((m) => m.verifyCommand),
    puzzles: () => import("./puzzles.ts").then((m) => m.puzzlesCommand),
    round: () => import("./round.ts").then((m) => m.roundCommand),
    worker: () => import("./worker.ts").then((m) => m.workerCommand),
    watch: () => import("./watch.ts").then((m) => m.watchCommand),
    status: () => import("./status.ts").then((m) => m.statusCommand),
    export: () => import("./export.ts").then((m) => m.exportCommand),
    eval: () => import("./eval.ts").then((m) => m.evalCommand),
    iteration: () => import("./iteration.ts").then((m) => m.iterationCommand),
    report: () => import("./report.ts").then((m) => m.reportCommand),
  },
});
