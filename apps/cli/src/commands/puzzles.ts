// `puzzleloop puzzles`: check every seed puzzle, list the library by split and domain.
import type { CheckReason, Manifest, ManifestEntry, SeedFile } from "@puzzleloop/puzzles";
import { defineCommand } from "citty";
import { command } from "../command.ts";
import { EXIT, InputError } from "../errors.ts";
import { flag } from "../flags.ts";
import { SPLITS } from "../vocabulary.ts";

/** Puzzles per sandbox batch: small enough for the progress line to move, large enough to fill the cores. */
const CHUNK = 50;

const checkFlags = {
  json: flag.boolean({ description: "Print JSON instead of text" }),
  dir: flag.string({
    description: "Seed library folder (default: puzzles/ at the repository root)",
    valueHint: "DIR",
  }),
};

const listFlags = {
  split: flag.choice(SPLITS, { description: "Only this split" }),
  domain: flag.string({ description: "Only this domain", valueHint: "DOMAIN" }),
  ...checkFlags,
};

interface PuzzleVerdict {
  id: string;
  split: string;
  ok: boolean;
  reasons: CheckReason[];
}

const checkCommand = command({
  meta: {
    name: "check",
    description: "Check every seed puzzle: parse, size, signature, determinism, triviality, reference",
  },
  flags: checkFlags,
  async run({ json, dir }) {
    const { checkPuzzles, defaultPuzzlesDir, duplicateGroups, loadSeedFiles } = await import(
      "@puzzleloop/puzzles"
    );
    const { closeSharedPool } = await import("@puzzleloop/sandbox");
    const { files, problems } = await loadSeedFiles({ dir: dir ?? defaultPuzzlesDir() });
    for (const group of duplicateGroups(files))
      problems.push(`${group.join(", ")} are the same puzzle (one normalised hash)`);
    const progress = json ? () => {} : progressLine(files.length);
    const verdicts: PuzzleVerdict[] = [];
    try {
      for (let i = 0; i < files.length; i += CHUNK) {
        const chunk = files.slice(i, i + CHUNK);
        const reports = await checkPuzzles(
          chunk.map((file) => ({ puzzle: file.source })),
          { requireReference: true },
        );
        for (const [j, report] of reports.entries())
          verdicts.push(verdict(chunk[j]!, report.ok, report.reasons));
        progress(verdicts.length, verdicts.filter((v) => !v.ok).length);
      }
    } finally {
      // Not awaited: the children are killed at once, and the exit status must not hang on their
      // exit events (an idle pool holds no reference on the event loop).
      void closeSharedPool();
    }
    const failed = verdicts.filter((v) => !v.ok);
    const ok = failed.length === 0 && problems.length === 0;
    if (json) {
      const summary = {
        ok,
        checked: verdicts.length,
        passed: verdicts.length - failed.length,
        failed: failed.length,
      };
      process.stdout.write(`${JSON.stringify({ ...summary, problems, puzzles: verdicts })}\n`);
    } else {
      const lines: string[] = [];
      for (const problem of problems) lines.push(`FAIL manifest: ${problem}`);
      for (const v of failed) {
        lines.push(`FAIL ${v.id} (${v.split}): ${[...new Set(v.reasons.map((r) => r.code))].join(", ")}`);
        for (const reason of v.reasons) lines.push(`  ${reason.code}: ${reason.message}`);
      }
      const bySplit = SPLITS.map((s) => `${verdicts.filter((v) => v.split === s).length} ${s}`).join(", ");
      lines.push(
        `${ok ? "ok" : "failed"}: checked ${verdicts.length} seed puzzles (${bySplit}): ` +
          `${verdicts.length - failed.length} passed, ${failed.length} failed` +
          (problems.length > 0 ? `, ${problems.length} manifest problem(s)` : ""),
      );
      process.stdout.write(`${lines.join("\n")}\n`);
    }
    if (!ok) process.exitCode = EXIT.no;
  },
});

function verdict(file: SeedFile, ok: boolean, reasons: CheckReason[]): PuzzleVerdict {
  return { id: file.id, split: file.split, ok, reasons };
}

/** A progress line on stderr: rewritten in place on a terminal, one line per step elsewhere. */
function progressLine(total: number): (done: number, failed: number) => void {
  const tty = process.stderr.isTTY === true;
  process.stderr.write(`checking ${total} seed puzzles...${tty ? "" : "\n"}`);
  return (done, failed) => {
    const line = `checked ${done}/${total}${failed > 0 ? ` (${failed} failing)` : ""}`;
    if (tty) process.stderr.write(`\r\x1b[K${line}${done === total ? "\n" : ""}`);
    else process.stderr.write(`${line}\n`);
  };
}

const listCommand = command({
  meta: { name: "list", description: "List the seed puzzles: id, domain, difficulty, split" },
  flags: listFlags,
  async run({ split, domain, json, dir }) {
    const { defaultPuzzlesDir, readManifest } = await import("@puzzleloop/puzzles");
    const manifest: Manifest = await readManifest(dir ?? defaultPuzzlesDir());
    const domains = [...new Set(manifest.puzzles.map((e) => e.domain))].sort();
    if (domain !== undefined && !domains.includes(domain)) {
      throw new InputError(`unknown domain ${JSON.stringify(domain)}; known domains: ${domains.join(", ")}`);
    }
    const puzzles = manifest.puzzles
      .filter(
        (e) => (split === undefined || e.split === split) && (domain === undefined || e.domain === domain),
      )
      .map(({ id, domain, difficulty, split }): ManifestEntry => ({ id, domain, difficulty, split }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    if (json) {
      process.stdout.write(`${JSON.stringify({ puzzles, counts: counts(puzzles) })}\n`);
      return;
    }
    process.stdout.write(table(puzzles));
  },
});

function counts(puzzles: ManifestEntry[]) {
  const tally = (key: (e: ManifestEntry) => string, keys: readonly string[]) => {
    const out: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
    for (const e of puzzles) out[key(e)] = (out[key(e)] ?? 0) + 1;
    return out;
  };
  const domains = [...new Set(puzzles.map((e) => e.domain))].sort();
  return {
    total: puzzles.length,
    split: tally((e) => e.split, SPLITS),
    domain: tally((e) => e.domain, domains),
  };
}

function table(puzzles: ManifestEntry[]): string {
  const header = ["id", "domain", "difficulty", "split"];
  const rows = puzzles.map((e) => [e.id, e.domain, String(e.difficulty), e.split]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  const c = counts(puzzles);
  const summary = `${c.total} puzzles (${SPLITS.map((s) => `${c.split[s] ?? 0} ${s}`).join(", ")})`;
  return `${[line(header), ...rows.map(line), summary].join("\n")}\n`;
}

export const puzzlesCommand = defineCommand({
  meta: { name: "puzzles", description: "Check and list the seed puzzle library" },
  subCommands: { check: checkCommand, list: listCommand },
});
