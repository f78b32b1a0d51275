/**
 * `npm run --silent analyze -- --locale zh-CN` — the reply analyzer on the command line.
 *
 * Reads JSON lines `{"text": "...", "locale"?: "..."}` from stdin and writes one JSON line per
 * input line, in order: `{"flags": [...], "spans": {...}}`. A line that cannot be analysed
 * (bad JSON, text not a string, unknown locale) gets `{"error": "line N: ..."}` instead, and
 * processing goes on. A blank input line also gets an error line, so that output line N always
 * answers input line N.
 *
 * `--eval FILE.jsonl` scores the analyzer on a labelled file (shared/corpus format) and prints
 * the per-flag precision / recall / F1 and the macro-F1 as JSON.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeReply } from '../core/analysis/index';
import { evaluate, parseLabelled } from '../core/analysis/evaluate';
import { LOCALES, isLocale, type Locale } from '../core/locale';

const HELP = `Usage:
  npm run --silent analyze -- --locale LOCALE < replies.jsonl
  npm run --silent analyze -- --eval FILE.jsonl

Reads JSON lines {"text": "...", "locale"?: "..."} on stdin and writes one JSON line per
input line, in order: {"flags": [...], "spans": {"flag": [{"start": 0, "end": 2}]}}.
Spans are UTF-16 offsets into the text. A line's own "locale" overrides --locale.
A line that cannot be analysed (bad JSON, "text" not a string, unknown locale, blank line)
gets {"error": "line N: ..."} and processing goes on.

Options:
  --locale LOCALE   default locale of the replies: ${LOCALES.join(', ')} (required unless --eval)
  --eval FILE       score the analyzer on a labelled JSONL file ({"locale","text","flags"})
                    and print precision, recall and F1 per flag and the macro-F1 as JSON
  --help            show this help

Exit status: 0, also when some lines were malformed; 1 when stdin or FILE cannot be read;
2 for bad arguments.`;

function fail(message: string, code: number): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(code);
}

interface Args {
  locale?: string;
  evalFile?: string;
  help: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string => {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) fail(`${a} needs a value (see --help)`, 2);
      i++;
      return v;
    };
    if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--locale') args.locale = value();
    else if (a.startsWith('--locale=')) args.locale = a.slice('--locale='.length);
    else if (a === '--eval') args.evalFile = value();
    else if (a.startsWith('--eval=')) args.evalFile = a.slice('--eval='.length);
    else fail(`unknown argument "${a}" (see --help)`, 2);
  }
  return args;
}

/** Answer one input line: the analysis, or an error object naming the line. */
function answerLine(raw: string, lineNo: number, locale: Locale): object {
  if (raw.trim() === '') return { error: `line ${lineNo}: blank line` };
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return { error: `line ${lineNo}: not valid JSON` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return { error: `line ${lineNo}: expected a JSON object with a "text" string` };
  const o = v as { text?: unknown; locale?: unknown };
  if (typeof o.text !== 'string') return { error: `line ${lineNo}: "text" must be a string` };
  let loc = locale;
  if (o.locale !== undefined) {
    if (!isLocale(o.locale))
      return {
        error: `line ${lineNo}: unknown locale ${JSON.stringify(o.locale)} (use ${LOCALES.join(', ')})`,
      };
    loc = o.locale;
  }
  const { flags, spans } = analyzeReply(o.text, loc);
  return { flags, spans };
}

async function runStream(locale: Locale): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  const out: string[] = [];
  const flush = (): void => {
    if (out.length > 0) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for await (const raw of rl) {
    n++;
    out.push(JSON.stringify(answerLine(raw, n, locale)) + '\n');
    if (out.length >= 256) flush();
  }
  flush();
}

function runEval(file: string): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    fail(`cannot read ${file}${code ? ` (${code})` : ''}`, 1);
  }
  let data;
  try {
    data = parseLabelled(text);
  } catch (err) {
    fail(`${file}: ${(err as Error).message}`, 1);
  }
  const ev = evaluate(data, analyzeReply);
  const perFlag = Object.fromEntries(
    Object.entries(ev.perFlag).map(([f, s]) => [
      f,
      { precision: s.precision, recall: s.recall, f1: s.f1, support: s.support },
    ]),
  );
  process.stdout.write(
    JSON.stringify({ file, lines: ev.lines, macroF1: ev.macroF1, perFlag }, null, 2) + '\n',
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(HELP + '\n');
    return;
  }
  if (args.evalFile !== undefined) {
    runEval(args.evalFile);
    return;
  }
  if (args.locale === undefined)
    fail(`missing --locale (one of ${LOCALES.join(', ')}; see --help)`, 2);
  if (!isLocale(args.locale))
    fail(`unknown locale "${args.locale}" (use one of ${LOCALES.join(', ')})`, 2);
  try {
    await runStream(args.locale);
  } catch (err) {
    fail(`cannot read stdin: ${(err as Error).message}`, 1);
  }
}

main().catch((err: unknown) => fail((err as Error).message ?? String(err), 1));
