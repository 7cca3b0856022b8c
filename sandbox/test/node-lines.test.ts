/** Which Node puzzleloop runs on, and the isolated-vm line each one loads. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isolatedVm } from "../src/isolated-vm.ts";
import { NODE_LINES, nodeLine, SUPPORTED_NODE, unsupportedNodeMessage } from "../src/node-lines.js";

const versions = (node: string, modules: string) => ({ ...process.versions, node, modules });

describe("supported Node lines", () => {
  it("each supported Node has its line, and the message names them all", () => {
    expect(SUPPORTED_NODE).toBe("20.10+, 22, 24 or 26");
    expect(nodeLine(versions("20.10.0", "115"))?.isolatedVm).toBe("@puzzleloop/isolated-vm-5");
    expect(nodeLine(versions("22.0.0", "127"))?.isolatedVm).toBe("@puzzleloop/isolated-vm-6");
    expect(nodeLine(versions("24.22.3", "137"))?.isolatedVm).toBe("@puzzleloop/isolated-vm-7");
    expect(nodeLine(versions("26.12.1", "147"))?.isolatedVm).toBe("@puzzleloop/isolated-vm-7");
    expect(unsupportedNodeMessage(versions("24.22.3", "137"))).toBeUndefined();
  });

  it("any other Node gets one line saying which work and how to get one", () => {
    for (const [node, modules] of [
      ["25.1.0", "141"],
      ["23.11.0", "131"],
      ["20.9.0", "115"],
      ["18.20.8", "108"],
    ] as const) {
      const message = unsupportedNodeMessage(versions(node, modules));
      expect(message).toContain(`Node 20.10+, 22, 24 or 26, not on Node ${node}`);
      expect(message).toContain("nvm install");
      expect(message).not.toContain("\n");
    }
  });

  it("every line is an optional dependency of the sandbox whose engines name only its Nodes", () => {
    const sandbox = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    for (const line of NODE_LINES) {
      const spec = sandbox.optionalDependencies[line.isolatedVm] as string;
      expect(spec).toMatch(/^file:\.\/isolated-vm\/\d$/);
      const wrapper = JSON.parse(
        readFileSync(new URL(`../${spec.slice("file:./".length)}/package.json`, import.meta.url), "utf8"),
      );
      expect(wrapper.name).toBe(line.isolatedVm);
      expect(wrapper.engines.node).toContain(`>=${line.major}`);
      expect(Object.values(wrapper.dependencies)).toEqual([expect.stringMatching(/^npm:isolated-vm@\d/)]);
    }
  });

  it("this Node loads its line", () => {
    const { Isolate } = isolatedVm();
    const isolate = new Isolate({ memoryLimit: 16 });
    expect(isolate.createContextSync().evalSync("6 * 7")).toBe(42);
    isolate.dispose();
  });
});
