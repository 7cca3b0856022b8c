import { defineConfig } from "vitest/config";

// Sandbox code needs isolated-vm, which on Node 20 requires --no-node-snapshot and cannot run in
// worker threads: every test file runs in a forked process with that flag.
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
    execArgv: ["--no-node-snapshot"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
