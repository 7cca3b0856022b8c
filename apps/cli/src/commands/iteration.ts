/** `puzzleloop iteration`: start the next iteration on a (fine-tuned) model, list the iterations. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import {
  createNextIteration,
  formatIterationList,
  IterationError,
  type IterationListing,
  iterationList,
  type NewIterationResult,
} from "@puzzleloop/loop";
import { openSqliteStore, resolveDbPath } from "@puzzleloop/store";
import { defineCommand } from "citty";
import { EXIT, InputError } from "../errors.ts";
import { iterationNumber } from "../flags.ts";
import { dbArg } from "../services.ts";

function dbPathOf(db: string | undefined): string {
  return db?.trim() ? resolve(db.trim()) : resolveDbPath();
}

function describeNew({ iteration, trainedOn }: NewIterationResult): string {
  const parent = iteration.parent === null ? "no parent" : `parent ${iteration.parent}`;
  const trained =
    iteration.trainDir === null
      ? ""
      : `, trained on ${iteration.trainDir}${trainedOn === undefined ? "" : ` (the export of iteration ${trainedOn})`}`;
  return `iteration ${iteration.id} on ${iteration.model} (${parent}${trained}) is now current`;
}

const newCommand = defineCommand({
  meta: {
    name: "new",
    description:
      "Start the next iteration (0 on an empty database) on MODEL and make it current; rounds and evaluations then join it",
  },
  args: {
    model: {
      type: "string",
      required: true,
      description: "builtin, a Hugging Face model id (org/name), or an http(s) endpoint URL",
      valueHint: "MODEL",
    },
    parent: {
      type: "string",
      description: "The iteration this model learned from (default: the current one)",
      valueHint: "I",
    },
    train: {
      type: "string",
      description:
        "The export the model was trained on: DIR/iteration-N from `puzzleloop export --out DIR` (or DIR holding just one); the builtin model learns from it",
      valueHint: "DIR",
    },
    json: { type: "boolean", description: "Print the new iteration as JSON", default: false },
    ...dbArg,
  },
  async run({ args }) {
    const parent = iterationNumber(args.parent, "parent");
    const store = openSqliteStore({ path: dbPathOf(args.db) });
    let result: NewIterationResult;
    try {
      result = createNextIteration(store, {
        model: args.model,
        ...(parent !== undefined ? { parent } : {}),
        ...(args.train !== undefined ? { trainDir: args.train } : {}),
      });
    } catch (error) {
      if (error instanceof IterationError) throw new InputError(error.message);
      throw error;
    } finally {
      store.close();
    }
    const { iteration, trainedOn } = result;
    if (trainedOn !== undefined && iteration.parent !== null && trainedOn !== iteration.parent) {
      process.stderr.write(
        `note: --train holds the export of iteration ${trainedOn}, but the parent is ${iteration.parent}; pass --parent ${trainedOn} if it learned from that one\n`,
      );
    }
    process.stdout.write(args.json ? `${JSON.stringify(result)}\n` : `${describeNew(result)}\n`);
    process.exitCode = EXIT.ok;
  },
});

const listCommand = defineCommand({
  meta: {
    name: "list",
    description: "Every iteration: model, parent, rounds, evaluation runs; * marks the current one",
  },
  args: {
    json: { type: "boolean", description: "Print JSON", default: false },
    ...dbArg,
  },
  async run({ args }) {
    const dbPath = dbPathOf(args.db);
    let list: IterationListing[] = [];
    // Listing never creates the database: a missing one simply has no iterations.
    if (existsSync(dbPath)) {
      const store = openSqliteStore({ path: dbPath });
      try {
        list = iterationList(store);
      } finally {
        store.close();
      }
    }
    process.stdout.write(args.json ? `${JSON.stringify(list, null, 2)}\n` : formatIterationList(list));
    process.exitCode = EXIT.ok;
  },
});

export const iterationCommand = defineCommand({
  meta: { name: "iteration", description: "Start the next model iteration, or list them" },
  subCommands: { new: newCommand, list: listCommand },
});
