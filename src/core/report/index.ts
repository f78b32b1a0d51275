/** The report: versioned JSON (with its JSON Schema) and CSV, derived from the log alone. */
export { buildReport, reportJson } from './build';
export { reportToCsv, CSV_COLUMNS } from './csv';
export {
  REPORT_SCHEMA_VERSION,
  ReportSchema,
  reportJsonSchema,
  reportJsonSchemaText,
  type Report,
  type BuyerReport,
  type TranscriptEntry,
} from './schema';
