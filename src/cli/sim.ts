/**
 * `npm run --silent sim -- FILE --agent POLICY --seed N [--runs K] [--locale L] [--mode M]
 * [--runtime R]`:
 * plays the scenario against a scripted agent and prints the report as one JSON line (one line
 * per run with --runs: seeds N..N+K-1). `--runtime xstate` runs the buyers under XState's
 * interpreter instead of compiled (the same report, slower). Errors go to stderr, never as a stack trace:
 * exit 2 for bad usage (unknown option or policy, bad number), 1 for a missing or invalid file
 * or a locale the scenario lacks.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LOCALES, type Locale } from '../core/locale';
import { buildReport, reportJson } from '../core/report';
import { formatProblem, parseScenario, requireLocale, type Scenario } from '../core/scenario';
import type { SessionMode } from '../core/session/contract';
import { SESSION_MODES } from '../core/session';
import {
  BUYER_RUNTIMES,
  isPolicy,
  POLICIES,
  runSim,
  type BuyerRuntime,
  type Policy,
} from '../core/sim';

const USAGE =
  'usage: npm run --silent sim -- FILE --agent POLICY --seed N [--runs K] [--locale L] [--mode M] [--runtime R]\n' +
  `  POLICY: ${POLICIES.join(', ')}; L: ${LOCALES.join(', ')} (default zh-CN); ` +
  `M: ${SESSION_MODES.join(', ')} (default: practice for one buyer, else shift); ` +
  `R: ${BUYER_RUNTIMES.join(', ')} (default compiled; the same report)`;

/** Thrown for problems the user can fix; `code` is the exit code. */
class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

interface Args {
  file: string;
  policy: Policy;
  seed: number;
  runs: number;
  locale: string;
  mode?: SessionMode;
  runtime: BuyerRuntime;
}

function integer(name: string, value: string | undefined, min: number): number {
  if (
    value === undefined ||
    !/^\d+$/.test(value) ||
    Number(value) < min ||
    Number(value) > 0xffffffff
  ) {
    throw new CliError(`${name} needs a whole number ≥ ${min}, got "${value ?? ''}"`, 2);
  }
  return Number(value);
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  const opts = new Map<string, string | undefined>();
  const known = ['--agent', '--seed', '--runs', '--locale', '--mode', '--runtime'];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') throw new CliError(USAGE, 2);
    if (a.startsWith('--')) {
      const [name, inline] = a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
      if (!known.includes(name)) throw new CliError(`unknown option ${name}\n${USAGE}`, 2);
      opts.set(name, inline ?? argv[++i]);
    } else files.push(a);
  }
  if (files.length !== 1)
    throw new CliError(
      `${files.length === 0 ? 'no scenario file given' : 'give one scenario file'}\n${USAGE}`,
      2,
    );
  const agent = opts.get('--agent');
  if (agent === undefined)
    throw new CliError(`--agent is required (${POLICIES.join(', ')})\n${USAGE}`, 2);
  if (!isPolicy(agent))
    throw new CliError(`unknown policy "${agent}": choose one of ${POLICIES.join(', ')}`, 2);
  const mode = opts.get('--mode');
  if (mode !== undefined && !SESSION_MODES.includes(mode as SessionMode)) {
    throw new CliError(`unknown mode "${mode}": choose one of ${SESSION_MODES.join(', ')}`, 2);
  }
  const runtime = opts.get('--runtime') ?? 'compiled';
  if (!BUYER_RUNTIMES.includes(runtime as BuyerRuntime)) {
    throw new CliError(
      `unknown runtime "${runtime}": choose one of ${BUYER_RUNTIMES.join(', ')}`,
      2,
    );
  }
  const args: Args = {
    file: files[0]!,
    policy: agent,
    seed: opts.has('--seed') ? integer('--seed', opts.get('--seed'), 0) : 1,
    runs: opts.has('--runs') ? integer('--runs', opts.get('--runs'), 1) : 1,
    locale: opts.get('--locale') ?? 'zh-CN',
    runtime: runtime as BuyerRuntime,
  };
  if (mode !== undefined) args.mode = mode as SessionMode;
  return args;
}

function loadScenario(file: string): Scenario {
  let text: string;
  try {
    if (statSync(file).isDirectory())
      throw new CliError(`${file}: is a directory, not a scenario file`, 1);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `${file}: no such file`
        : `${file}: cannot read the file (${code ?? 'error'})`,
      1,
    );
  }
  const result = parseScenario(text, file);
  if (!result.ok) throw new CliError(result.problems.map(formatProblem).join('\n'), 1);
  return result.scenario;
}

/**
 * Runs the sim command.
 * @returns the exit code; report lines go to `out`, errors to `err`
 */
export function simMain(
  argv: string[],
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  try {
    const args = parseArgs(argv);
    const scenario = loadScenario(args.file);
    const locale = requireLocale(scenario, args.locale);
    if (!locale.ok) throw new CliError(`${args.file}: ${locale.message}`, 1);
    for (let k = 0; k < args.runs; k++) {
      const seed = (args.seed + k) >>> 0;
      const { log } = runSim({
        scenario,
        locale: locale.locale as Locale,
        seed,
        policy: args.policy,
        runtime: args.runtime,
        ...(args.mode ? { mode: args.mode } : {}),
      });
      out(reportJson(buildReport(scenario, log)));
    }
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      err(e.message);
      return e.code;
    }
    err(`sim: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = simMain(
    process.argv.slice(2),
    (line) => process.stdout.write(line + '\n'),
    (line) => process.stderr.write(line + '\n'),
  );
}
