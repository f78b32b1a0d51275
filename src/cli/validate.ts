/**
 * `npm run --silent validate -- [--json] FILE...`: validates scenario files.
 * Problems go to stderr as `FILE:LINE:COL: message (at /json/pointer)` (or, with --json, as one
 * JSON array on stdout). Exit 0 when every file is valid, 1 when any has an error, 2 on bad usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { formatProblem, parseScenario, type Problem } from '../core/scenario';

const USAGE = 'usage: npm run --silent validate -- [--json] FILE...';

function fileProblem(file: string, message: string): Problem {
  return { file, line: 1, col: 1, message, pointer: '', severity: 'error' };
}

/** Reads and validates one file; never throws. */
export function validateFile(file: string): Problem[] {
  let text: string;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      return [
        fileProblem(
          file,
          'is a directory, not a scenario file (pass files, e.g. scenarios/*.json)',
        ),
      ];
    }
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [fileProblem(file, 'no such file')];
    if (code === 'EACCES' || code === 'EPERM')
      return [fileProblem(file, 'permission denied: cannot read the file')];
    return [fileProblem(file, `cannot read the file (${code ?? 'unknown error'})`)];
  }
  const result = parseScenario(text, file);
  return result.ok ? result.warnings : result.problems;
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (unknown.length > 0 || files.length === 0) {
    if (unknown.length > 0) process.stderr.write(`unknown option ${unknown.join(', ')}\n`);
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const problems = files.flatMap(validateFile);
  if (json) {
    process.stdout.write(JSON.stringify(problems) + '\n');
  } else {
    for (const p of problems) process.stderr.write(formatProblem(p) + '\n');
  }
  return problems.some((p) => p.severity !== 'warning') ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`validate: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
