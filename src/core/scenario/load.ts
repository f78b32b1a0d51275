/**
 * The scenario loader: text → a validated Scenario, or every problem with its line and column.
 * Pure (no file system): the CLI and the browser read the file and pass its text here.
 */
import {
  duplicateKeys,
  offsetOf,
  parseJsonDocument,
  positionOf,
  type JsonDocument,
} from './json-document';
import { migrateScenario } from './migrate';
import { fromPointer, type PointedProblem, type Problem } from './problem';
import { checkReferences } from './references';
import { Scenario } from './schema';
import { issueToProblems } from './zod-issues';

/** The result of loading one scenario file. */
export type ParseScenarioResult =
  { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

function place(doc: JsonDocument, file: string, p: PointedProblem): Problem {
  const { line, col } = positionOf(doc, offsetOf(doc, p.pointer, p.atKey ?? false));
  return {
    file,
    line,
    col,
    message: p.message,
    pointer: p.pointer,
    severity: p.severity ?? 'error',
  };
}

function byPosition(a: Problem, b: Problem): number {
  return a.line - b.line || a.col - b.col;
}

/**
 * Parses, migrates and validates one scenario file.
 *
 * @param text the file's contents (a leading UTF-8 BOM is accepted)
 * @param fileName the name to report problems under
 * @returns the scenario with defaults applied and any warnings, or every problem found,
 *   each with a 1-based line and column and a JSON pointer, sorted by position
 */
export function parseScenario(text: string, fileName: string): ParseScenarioResult {
  try {
    return parseUnguarded(text, fileName);
  } catch (e) {
    // A bug in the validator must still reach the trainer as a message, never a stack trace.
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [
        {
          file: fileName,
          line: 1,
          col: 1,
          message: `internal validator error: ${message}`,
          pointer: '',
        },
      ],
    };
  }
}

function parseUnguarded(text: string, fileName: string): ParseScenarioResult {
  const { doc, errors } = parseJsonDocument(text);
  if (errors.length > 0) {
    const problems = errors.map((e) => ({
      file: fileName,
      ...positionOf(doc, e.offset),
      message: e.message,
      pointer: '',
      severity: 'error' as const,
    }));
    return { ok: false, problems };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(doc.text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [
        { file: fileName, line: 1, col: 1, message: `invalid JSON: ${message}`, pointer: '' },
      ],
    };
  }
  const pointed: PointedProblem[] = duplicateKeys(doc).map((d) => ({
    pointer: d.pointer,
    atKey: true,
    message: `duplicate key "${fromPointer(d.pointer).pop() ?? ''}": the later one silently replaces the earlier`,
  }));
  const migrated = migrateScenario(raw);
  if (!migrated.ok) {
    return {
      ok: false,
      problems: [...pointed, migrated.problem].map((p) => place(doc, fileName, p)),
    };
  }
  const parsed = Scenario.safeParse(migrated.doc);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      pointed.push(...issueToProblems(issue, migrated.doc, Scenario));
    }
  } else {
    pointed.push(...checkReferences(parsed.data));
  }
  const problems = pointed.map((p) => place(doc, fileName, p)).sort(byPosition);
  const errorsOnly = problems.filter((p) => p.severity !== 'warning');
  if (!parsed.success || errorsOnly.length > 0) return { ok: false, problems };
  return { ok: true, scenario: parsed.data, warnings: problems };
}
