/** The report's tables as rows of text, shared by the terminal and HTML renderings so both show the same figures. */
import { ATTEMPT_STATUSES } from "@puzzleloop/store";
import type { IterationReport, Report } from "./build-report.ts";

export interface Column {
  header: string;
  /** Numbers line up on the right. */
  align: "left" | "right";
}

export interface Section {
  title: string;
  columns: Column[];
  rows: string[][];
  /** Shown instead of the table when it has no rows. */
  empty: string;
}

/** A share as a percentage with one decimal; `-` when there is nothing to divide. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? "-"
    : `${(value * 100).toFixed(1)}%`;
}

function share(part: number, whole: number): string {
  return whole === 0 ? "-" : percent(part / whole);
}

function left(header: string): Column {
  return { header, align: "left" };
}

function right(header: string): Column {
  return { header, align: "right" };
}

function iterationLabel(it: IterationReport): string {
  return it.current ? `${it.id} (current)` : String(it.id);
}

export function reportSections(report: Report): Section[] {
  const its = report.iterations;
  const noIterations =
    "no iterations yet: start one with `puzzleloop round start` or `puzzleloop iteration new`";
  const evaluated = its.filter((it) => it.evaluation !== null);
  return [
    {
      title: "Iterations",
      columns: [
        left("iteration"),
        left("model"),
        right("parent"),
        right("rounds"),
        right("eval runs"),
        left("trained on"),
      ],
      rows: its.map((it) => [
        iterationLabel(it),
        it.model,
        it.parent === null ? "-" : String(it.parent),
        String(it.rounds),
        String(it.evaluationRuns),
        it.trainDir ?? "-",
      ]),
      empty: noIterations,
    },
    {
      title: "Generation",
      columns: [
        left("iteration"),
        right("asked"),
        right("generated"),
        right("accepted"),
        right("verified puzzles"),
        right("unique puzzles"),
        right("attempts"),
        right("verified"),
        right("verified %"),
        right("mean solve rate"),
      ],
      rows: its.map((it) => [
        String(it.id),
        String(it.puzzlesRequested),
        String(it.puzzlesGenerated),
        percent(it.generationAcceptance),
        String(it.puzzlesVerified),
        String(it.uniquePuzzles),
        String(it.attempts),
        String(it.verifiedAttempts),
        share(it.verifiedAttempts, it.attempts),
        percent(it.meanSolveRate),
      ]),
      empty: noIterations,
    },
    {
      title: "Verification outcomes (attempts, share of all attempts)",
      columns: [left("iteration"), ...ATTEMPT_STATUSES.map(right)],
      rows: its.map((it) => [
        String(it.id),
        ...ATTEMPT_STATUSES.map((s) => `${it.statuses[s]} (${share(it.statuses[s], it.attempts)})`),
      ]),
      empty: noIterations,
    },
    {
      title: "pass@k on the test split (latest evaluation of each iteration)",
      columns: [
        left("iteration"),
        left("model"),
        right("K"),
        right("puzzles"),
        ...report.ks.map((k) => right(`pass@${k}`)),
      ],
      rows: evaluated.map((it) => {
        const e = it.evaluation!;
        return [
          String(it.id),
          e.model,
          String(e.attempts),
          String(e.puzzles),
          ...report.ks.map((k) => percent(e.passAtK[String(k)])),
        ];
      }),
      empty: "no evaluations yet: run `puzzleloop eval --model MODEL --split test --attempts K`",
    },
    {
      title: "Exports",
      columns: [
        left("iteration"),
        right("export"),
        left("format"),
        right("puzzles"),
        right("pairs"),
        right("lines"),
        left("folder"),
      ],
      rows: its.flatMap((it) =>
        it.exports.map((x) => [
          String(it.id),
          String(x.id),
          x.format,
          String(x.puzzles),
          String(x.pairs),
          String(x.lines),
          x.dir,
        ]),
      ),
      empty: "no exports yet: run `puzzleloop export --iteration I --out DIR`",
    },
  ];
}
