import { defineConfig } from "vitest/config";
import { SANDBOX_ENV } from "./sandbox/src/child-process.ts";
import { ISOLATED_VM_NODE_FLAGS } from "./sandbox/src/node-lines.js";

// Tests that run a Verifier in their own process need the environment its child processes get (UTC,
// the C locale): test processes are forked from this one and inherit it. They keep the optimising
// compilers (SANDBOX_V8_FLAGS), which only sandbox processes need.
Object.assign(process.env, SANDBOX_ENV);

// Sandbox code needs isolated-vm, which needs ISOLATED_VM_NODE_FLAGS (--no-node-snapshot) and cannot
// run in worker threads: every test file runs in a forked process with those flags.
export default defineConfig({
  test: {
    include: [
      "apps/*/src/**/*.test.ts",
      "packages/*/src/**/*.test.ts",
      "sandbox/src/**/*.test.ts",
      "apps/*/test/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "sandbox/test/**/*.test.ts",
    ],
    pool: "forks",
    execArgv: [...ISOLATED_VM_NODE_FLAGS],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
