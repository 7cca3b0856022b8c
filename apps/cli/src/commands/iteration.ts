/** `puzzleloop iteration`: start the next iteration on a (fine-tuned) model, list the iterations. */
import { existsSync } from "node:fs";
import type { IterationListing, NewIterationResult } from "@puzzleloop/report";
import { defineCommand } from "citty";
import { command } from "../command.ts";
import { dbFlag, flag, jsonFlag, MODEL_HELP } from "../flags.ts";

function describeNew({ iteration, trainedOn }: NewIterationResult): string {
  const parent = iteration.parent === null ? "no parent" : `parent ${iteration.parent}`;
  const trained =
    iteration.trainDir === null
      ? ""
      : `, trained on ${iteration.trainDir}${trainedOn === undefined ? "" : ` (the export of iteration ${trainedOn})`}`;
  return `iteration ${iteration.id} on ${iteration.model} (${parent}${trained}) is now current`;
}

const newFlags = {
  model: flag.string({ description: MODEL_HELP, valueHint: "MODEL", required: true }),
  parent: flag.int({
    description: "The iteration this model learned from (default: the current one)",
    valueHint: "I",
    min: 0,
  }),
  train: flag.string({
    description:
      "The export the model was trained on: DIR/iteration-N from `puzzleloop export --out DIR` (or DIR holding just one) of this database; the builtin model learns from it",
    valueHint: "DIR",
  }),
  json: flag.boolean({ description: "Print the new iteration as JSON" }),
  ...dbFlag,
};

const newCommand = command({
  meta: {
    name: "new",
    description:
      "Start the next iteration (0 on an empty database) on MODEL and make it current; rounds and evaluations then join it",
  },
  flags: newFlags,
  async run(v) {
    const { databasePath, openDatabase } = await import("../database.ts");
    const store = openDatabase(databasePath(v.db));
    const { createNextIteration } = await import("@puzzleloop/report");
    let result: NewIterationResult;
    try {
      result = createNextIteration(store, {
        model: v.model,
        ...(v.parent !== undefined ? { parent: v.parent } : {}),
        ...(v.train !== undefined ? { trainDir: v.train } : {}),
      });
    } finally {
      store.close();
    }
    const { iteration, trainedOn } = result;
    if (trainedOn !== undefined && iteration.parent !== null && trainedOn !== iteration.parent) {
      process.stderr.write(
        `note: --train holds the export of iteration ${trainedOn}, but the parent is ${iteration.parent}; pass --parent ${trainedOn} if it learned from that one\n`,
      );
    }
    process.stdout.write(v.json ? `${JSON.stringify(result)}\n` : `${describeNew(result)}\n`);
  },
});

const listFlags = {
  ...jsonFlag,
  ...dbFlag,
};

const listCommand = command({
  meta: {
    name: "list",
    description: "Every iteration: model, parent, rounds, evaluation runs; * marks the current one",
  },
  flags: listFlags,
  async run(v) {
    const { formatIterationList, iterationList } = await import("@puzzleloop/report");
    const { databasePath, openDatabase } = await import("../database.ts");
    const path = databasePath(v.db);
    let list: IterationListing[] = [];
    // Listing never creates the database: a missing one simply has no iterations.
    if (existsSync(path)) {
      const store = openDatabase(path, { mustExist: true });
      try {
        list = iterationList(store);
      } finally {
        store.close();
      }
    }
    process.stdout.write(v.json ? `${JSON.stringify(list, null, 2)}\n` : formatIterationList(list));
  },
});

export const iterationCommand = defineCommand({
  meta: { name: "iteration", description: "Start the next model iteration, or list them" },
  subCommands: { new: newCommand, list: listCommand },
});
