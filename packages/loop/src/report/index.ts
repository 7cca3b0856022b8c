/** The loop's report: each iteration's generation, verification, pass@k and exports, for a terminal or a web page. */
export {
  buildReport,
  type EvaluationSummary,
  type ExportSummary,
  type IterationReport,
  type Report,
  type ReportOptions,
} from "./build-report.ts";
export { formatReport } from "./format-text.ts";
export { escapeHtml, renderHtmlReport } from "./render-html.ts";
