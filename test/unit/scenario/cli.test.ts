import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../../src/cli/validate';
import { FIXTURE } from './helpers';

describe('validate CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-validate-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{\n  "schemaVersion": 1,\n  "id": "x",\n}\n');
  const empty = join(dir, 'empty.json');
  writeFileSync(empty, '');
  const missing = join(dir, 'missing.json');
  const trailing = `${bad}:3:12: trailing comma: JSON allows no "," before a closing "}" or "]"`;

  it('prints nothing and exits 0 for valid files', () => {
    expect(runValidate([FIXTURE, FIXTURE])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints FILE:LINE:COL: message for every problem of every file and exits 1', () => {
    const r = runValidate([bad, FIXTURE, empty, missing, dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      trailing,
      `${empty}:1:1: the file is empty: a scenario is a JSON object`,
      `${missing}:1:1: no such file`,
      `${dir}:1:1: is a directory, not a scenario file (pass files, e.g. scenarios/*.json)`,
    ]);
  });

  it('adds the JSON pointer to schema problems', () => {
    const f = join(dir, 'persona.json');
    writeFileSync(f, '{"schemaVersion": 1, "id": "x", "buyers": [{"persona": "hastey"}]}');
    expect(runValidate([f]).stderr).toContain(
      `${f}:1:56: "hastey" is not allowed for "persona"; did you mean "hasty"? (at /buyers/0/persona)`,
    );
  });

  it('prints warnings but exits 0 when there is no error', () => {
    const f = join(dir, 'warn.json');
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
    const text = JSON.stringify({
      ...fixture,
      title: { 'zh-CN': '测试', en: 'Test', es: 'Prueba' },
    });
    writeFileSync(f, text);
    const r = runValidate([f]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^.*warn\.json:1:\d+: warning: "es" text is given .* \(at \/title\/es\)\n$/,
    );
  });

  it('prints problems as JSON with --json', () => {
    const r = runValidate(['--json', bad, FIXTURE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: bad,
        line: 3,
        col: 12,
        message: 'trailing comma: JSON allows no "," before a closing "}" or "]"',
        pointer: '',
        severity: 'error',
      },
    ]);
    expect(runValidate(['--json', FIXTURE])).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('explains its usage without files or with an unknown option', () => {
    expect(runValidate([]).code).toBe(2);
    const r = runValidate(['--strict', FIXTURE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^unknown option --strict\nusage:/);
  });

  it('runs as a command: problems on stderr, exit status 1, no stack trace', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/validate.ts', bad, FIXTURE, missing],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${trailing}\n${missing}:1:1: no such file\n`);
  });
});
