import { defineConfig } from "vitest/config";
import { ISOLATED_VM_NODE_FLAGS } from "../../sandbox/src/node-lines.js";

// The fault suite: real Redis, SQLite, worker processes and a scripted model, broken on purpose.
// It runs on its own (`npm run test:faults`), one file at a time, since each file times how long a
// round takes to end and a busy machine would blur that.
export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["tests/faults/**/*.fault.ts"],
    pool: "forks",
    execArgv: [...ISOLATED_VM_NODE_FLAGS],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    globalSetup: ["tests/faults/report.ts"],
  },
});
