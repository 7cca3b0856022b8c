/** The loop's report (each iteration's generation, verification, pass@k and exports, for a terminal or a web page) and its iterations. */
export {
  buildReport,
  type EvaluationSummary,
  type ExportSummary,
  type IterationReport,
  type Report,
  type ReportOptions,
} from "./build-report.ts";
export { formatReport } from "./format-text.ts";
export {
  createNextIteration,
  type ExportFolder,
  formatIterationList,
  IterationError,
  type IterationErrorCode,
  type IterationErrorFields,
  type IterationListing,
  iterationList,
  type NewIterationOptions,
  type NewIterationResult,
  resolveExportFolder,
} from "./iterations.ts";
export { escapeHtml, renderHtmlReport } from "./render-html.ts";
