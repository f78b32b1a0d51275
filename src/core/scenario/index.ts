/** The scenario module: schema and types, the loader, line lookup and locale checks. */
export * from './schema';
export { parseScenario, type ParseScenarioResult } from './load';
export { formatProblem, type Problem } from './problem';
export { lineIndex, lineText, localized, type LineEntry } from './lines';
export { requireLocale, type RequireLocaleResult } from './require-locale';
export { migrateScenario, MIGRATIONS, type Migration } from './migrate';
export { normalizeForMatch } from './references';
export { SCENARIO_SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText } from './json-schema';
