/**
 * `npm run --silent validate -- [--json] FILE...`: validates scenario files.
 * Problems go to stderr as `FILE:LINE:COL: message (at /json/pointer)` (or, with --json, as one
 * JSON array on stdout). Exit 0 when every file is valid, 1 when any has an error, 2 on bad usage.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { formatProblem, parseScenario, type Problem } from '../core/scenario';

const USAGE = 'usage: npm run --silent validate -- [--json] FILE...';

function fileProblem(file: string, message: string): Problem {
  return { file, line: 1, col: 1, message, pointer: '', severity: 'error' };
}

/** Reads and validates one file; never throws. */
export function validateFile(file: string): Problem[] {
  let text: string;
  try {
    if (statSync(file).isDirectory()) {
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
    if (code === 'EACCES' || code === 'EPERM') {
      return [fileProblem(file, 'permission denied: cannot read the file')];
    }
    return [fileProblem(file, `cannot read the file (${code ?? 'unknown error'})`)];
  }
  const result = parseScenario(text, file);
  return result.ok ? result.warnings : result.problems;
}

/** What one run of the command prints and returns. */
export interface ValidateRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command on its arguments (without the node and script paths). */
export function runValidate(argv: readonly string[]): ValidateRun {
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (unknown.length > 0 || files.length === 0) {
    const lead = unknown.length > 0 ? `unknown option ${unknown.join(', ')}\n` : '';
    return { code: 2, stdout: '', stderr: `${lead}${USAGE}\n` };
  }
  const problems = files.flatMap(validateFile);
  const code = problems.some((p) => p.severity !== 'warning') ? 1 : 0;
  if (json) return { code, stdout: JSON.stringify(problems) + '\n', stderr: '' };
  return { code, stdout: '', stderr: problems.map((p) => formatProblem(p) + '\n').join('') };
}

function isMain(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  try {
    const run = runValidate(process.argv.slice(2));
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    process.exitCode = run.code;
  } catch (e) {
    process.stderr.write(`validate: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
