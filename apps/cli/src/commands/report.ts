/** `puzzleloop report`: every iteration's generation, verification, pass@k and exports, as text, JSON or one HTML page. */
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildReport, formatReport, renderHtmlReport } from "@puzzleloop/loop";
import { openSqliteStore, resolveDbPath } from "@puzzleloop/store";
import { defineCommand } from "citty";
import { EXIT, InputError } from "../errors.ts";
import { dbArg } from "../services.ts";

export const reportCommand = defineCommand({
  meta: {
    name: "report",
    description:
      "Summarise every iteration: puzzles generated and verified, attempts by outcome, mean solve rate, pass@k on the test split, exports and their difficulty",
  },
  args: {
    json: { type: "boolean", description: "Print the report as JSON", default: false },
    html: {
      type: "string",
      description: "Also write a self-contained HTML page with the tables and charts to FILE",
      valueHint: "FILE",
    },
    ...dbArg,
  },
  async run({ args }) {
    const dbPath = args.db?.trim() ? resolve(args.db.trim()) : resolveDbPath();
    if (!existsSync(dbPath)) {
      throw new InputError(
        `no database at ${dbPath}: run \`puzzleloop round start\` first, or pass --db PATH (or set PUZZLELOOP_DB)`,
      );
    }
    const htmlPath = args.html === undefined ? undefined : args.html.trim();
    if (htmlPath === "") throw new InputError("--html must name a file to write, e.g. --html report.html");
    const store = openSqliteStore({ path: dbPath });
    let report: ReturnType<typeof buildReport>;
    try {
      report = buildReport(store);
    } finally {
      store.close();
    }
    if (htmlPath !== undefined) {
      try {
        writeFileSync(htmlPath, renderHtmlReport(report));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          code === "ENOENT"
            ? "its folder does not exist"
            : code === "EISDIR"
              ? "it is a folder"
              : String(code);
        throw new InputError(
          `cannot write --html ${htmlPath}: ${why}; pass a file path in an existing folder`,
        );
      }
      process.stderr.write(`wrote ${resolve(htmlPath)}\n`);
    }
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    process.exitCode = EXIT.ok;
  },
});
