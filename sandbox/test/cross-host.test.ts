/** The same pairs get the same statuses whatever time zone and locale the host runs in. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ISOLATED_VM_NODE_FLAGS } from "../src/node-lines.js";
import { HOSTILE } from "./hostile-pairs.ts";
import { INTEGRITY } from "./integrity-pairs.ts";

const run = promisify(execFile);
const SCRIPT = new URL("./fixtures/suite-statuses.ts", import.meta.url).pathname;

/** The suite's statuses from a process started with `host` in its environment. */
async function statusesOn(host: Record<string, string>): Promise<string[]> {
  const { stdout } = await run(process.execPath, [...ISOLATED_VM_NODE_FLAGS, "--import", "tsx", SCRIPT], {
    env: { ...process.env, LANG: "", LANGUAGE: "", ...host },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split("\n").pop() as string) as string[];
}

describe("verdicts across hosts", () => {
  it("Kiritimati with a German locale and UTC with the C locale give identical statuses", async () => {
    const [far, plain] = await Promise.all([
      statusesOn({ TZ: "Pacific/Kiritimati", LC_ALL: "de_DE.UTF-8" }),
      statusesOn({ TZ: "UTC", LC_ALL: "C" }),
    ]);
    expect(far).toEqual(plain);
    expect(plain).toEqual(
      [...HOSTILE, ...INTEGRITY].map((c) => `${c.name}: ${c.status} verified wrong_answer`),
    );
  }, 240_000);
});
