/** The analyze CLI, spawned as a user runs it (node + tsx). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = join(root, 'src/cli/analyze.ts');

function run(args: string[], input = ''): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('analyze CLI', () => {
  it('writes one JSON line per input line, in order, and carries on past bad lines', () => {
    const input = [
      JSON.stringify({ text: '您好,欢迎光临😊' }),
      '',
      '{not json',
      JSON.stringify({ text: 42 }),
      JSON.stringify({ text: 'hola', locale: 'fr' }),
      JSON.stringify({ text: 'Great choice! Free shipping today.', locale: 'en' }),
      JSON.stringify([1, 2]),
      JSON.stringify({ text: '在。' }),
    ].join('\n');
    const r = run(['--locale', 'zh-CN'], input + '\n');
    expect(r.code).toBe(0);
    const lines = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatchObject({ flags: ['greeting', 'emoji'] });
    expect(lines[0]?.spans).toMatchObject({
      greeting: [
        { start: 0, end: 2 },
        { start: 3, end: 7 },
      ],
    });
    expect(lines[1]).toEqual({ error: 'line 2: blank line' });
    expect(String(lines[2]?.error)).toMatch(/^line 3: /);
    expect(String(lines[3]?.error)).toMatch(/^line 4: "text" must be a string/);
    expect(String(lines[4]?.error)).toMatch(/^line 5: unknown locale "fr"/);
    expect(lines[5]).toMatchObject({ flags: ['compliment', 'free_shipping'] });
    expect(String(lines[6]?.error)).toMatch(/^line 7: /);
    expect(lines[7]).toMatchObject({ flags: ['curt'] });
    expect(r.err).toBe('');
  });

  it('rejects an unknown or missing --locale with a clear message and exit 2', () => {
    const bad = run(['--locale', 'fr-FR'], '');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown locale "fr-FR"/);
    expect(bad.err).not.toMatch(/at .*\.ts:\d+/);
    const missing = run([], '');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/missing --locale/);
  });

  it('prints help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--locale/);
    expect(r.out).toMatch(/--eval/);
  });

  it('--eval prints per-flag precision, recall, F1 and macro-F1 as JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-eval-'));
    const file = join(dir, 'mini.jsonl');
    writeFileSync(
      file,
      [
        { locale: 'zh-CN', text: '您好', flags: ['greeting'] },
        { locale: 'en', text: 'Thanks!', flags: ['thanks'] },
        { locale: 'es', text: 'Hola', flags: ['thanks'] },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    const r = run(['--eval', file]);
    expect(r.code).toBe(0);
    const ev = JSON.parse(r.out) as {
      macroF1: number;
      perFlag: Record<string, { precision: number; recall: number; f1: number }>;
    };
    expect(ev.perFlag.thanks).toEqual({ precision: 1, recall: 0.5, f1: 0.6667, support: 2 });
    expect(ev.perFlag.greeting?.precision).toBe(0.5);
    expect(ev.macroF1).toBeGreaterThan(0);
    expect(ev.macroF1).toBeLessThan(1);
    const missing = run(['--eval', join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read/);
  });
});
