import { defineConfig } from "vitest/config";
import { SANDBOX_ENV } from "../../../../sandbox/src/child-process.ts";
import { ISOLATED_VM_NODE_FLAGS } from "../../../../sandbox/src/node-lines.js";

// As the main suite: the rounds these tests start verify in sandbox processes that need this environment.
Object.assign(process.env, SANDBOX_ENV);

/** The browser tests (`npm run test:browser`): Debian's Chromium, driven by playwright-core. */
export default defineConfig({
  test: {
    include: ["apps/dashboard/test/browser/**/*.browser.ts"],
    pool: "forks",
    execArgv: [...ISOLATED_VM_NODE_FLAGS],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
