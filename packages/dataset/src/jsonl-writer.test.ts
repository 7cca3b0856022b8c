import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { JsonlWriter } from "./jsonl-writer.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "puzzleloop-jsonl-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("JsonlWriter", () => {
  it("streams many lines through a full buffer and reports the file's hash, size and lines", async () => {
    const path = join(dir, "a.jsonl");
    const writer = new JsonlWriter(path);
    const n = 50_000;
    // Each line is ~200 bytes: the 16 KiB buffer fills every ~80 lines, so writes must wait to drain.
    for (let i = 0; i < n; i++) await writer.writeLine(JSON.stringify({ i, text: "é".repeat(90) }));
    const written = await writer.close();
    const bytes = readFileSync(path);
    expect(written).toEqual({
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.length,
      lines: n,
    });
    const last = bytes.toString("utf8").trimEnd().split("\n").at(-1)!;
    expect(JSON.parse(last).i).toBe(n - 1);
  });

  it("never overwrites a file that is there", async () => {
    const path = join(dir, "b.jsonl");
    writeFileSync(path, "keep\n");
    const writer = new JsonlWriter(path);
    await expect(writer.writeLine("{}").then(() => writer.close())).rejects.toMatchObject({ code: "EEXIST" });
    expect(readFileSync(path, "utf8")).toBe("keep\n");
  });
});
