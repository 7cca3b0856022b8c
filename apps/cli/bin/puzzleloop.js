#!/usr/bin/env node
// Runs the compiled CLI (dist/, built on install); from the TypeScript sources through tsx when there
// is no build, or when a source changed since it was made.
import { readFileSync, statSync } from "node:fs";
import { unsupportedNodeMessage } from "@puzzleloop/sandbox/node-lines";

// First of all, on a Node the sandbox cannot run on: one line, not a stack trace from deep inside.
const unsupported = unsupportedNodeMessage();
if (unsupported) {
  process.stderr.write(`puzzleloop: ${unsupported}\n`);
  process.exit(2);
}

const dist = new URL("../dist/", import.meta.url);

function buildIsFresh() {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(new URL("inputs.json", dist), "utf8"));
    const app = new URL("../", import.meta.url);
    return inputs.every((input) => statSync(new URL(input, app)).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

let main;
if (process.env.PUZZLELOOP_FROM_SOURCE !== "1" && buildIsFresh()) {
  ({ main } = await import(new URL("main.js", dist).href));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/main.ts"));
}
await main(process.argv.slice(2));
// A refusal has closed what it opened and printed its line: leave at once, without waiting on the
// timers a failed connection attempt leaves behind (ioredis keeps one for two seconds).
if (process.exitCode !== undefined && process.exitCode !== 0) process.exit(process.exitCode);
