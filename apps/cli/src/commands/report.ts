/** `puzzleloop report`: every iteration's generation, verification, pass@k and exports, as text, JSON or one HTML page. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Report } from "@puzzleloop/report";
import { command } from "../command.ts";
import { InputError } from "../errors.ts";
import { dbFlag, flag } from "../flags.ts";

const reportFlags = {
  json: flag.boolean({ description: "Print the report as JSON" }),
  html: flag.string({
    description: "Also write a self-contained HTML page with the tables and charts to FILE",
    valueHint: "FILE",
  }),
  ...dbFlag,
};

export const reportCommand = command({
  meta: {
    name: "report",
    description:
      "Summarise every iteration: puzzles generated and verified, attempts by outcome, mean solve rate, pass@k on the test split, exports and their difficulty",
  },
  flags: reportFlags,
  async run(v) {
    const { databasePath, openDatabase } = await import("../database.ts");
    const store = openDatabase(databasePath(v.db), { mustExist: true });
    const { buildReport, formatReport, renderHtmlReport } = await import("@puzzleloop/report");
    let report: Report;
    try {
      report = buildReport(store);
    } finally {
      store.close();
    }
    if (v.html !== undefined) {
      try {
        writeFileSync(v.html, renderHtmlReport(report));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          code === "ENOENT"
            ? "its folder does not exist"
            : code === "EISDIR"
              ? "it is a folder"
              : String(code);
        throw new InputError(`cannot write --html ${v.html}: ${why}; pass a file path in an existing folder`);
      }
      process.stderr.write(`wrote ${resolve(v.html)}\n`);
    }
    process.stdout.write(v.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  },
});
