import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from './helpers';

function validate(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('validate CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-validate-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{\n  "schemaVersion": 1,\n  "id": "x",\n}\n');
  const empty = join(dir, 'empty.json');
  writeFileSync(empty, '');
  const missing = join(dir, 'missing.json');

  it('prints nothing and exits 0 for valid files', () => {
    const r = validate(FIXTURE, FIXTURE);
    expect(r).toEqual({ code: 0, out: '', err: '' });
  });

  it('prints FILE:LINE:COL: message for every problem of every file and exits 1', () => {
    const r = validate(bad, FIXTURE, empty, missing, dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toEqual([
      `${bad}:3:12: trailing comma: JSON allows no "," before a closing "}" or "]"`,
      `${empty}:1:1: the file is empty: a scenario is a JSON object`,
      `${missing}:1:1: no such file`,
      `${dir}:1:1: is a directory, not a scenario file (pass files, e.g. scenarios/*.json)`,
    ]);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('adds the JSON pointer to schema problems', () => {
    const f = join(dir, 'persona.json');
    writeFileSync(f, '{"schemaVersion": 1, "id": "x", "buyers": [{"persona": "hastey"}]}');
    const r = validate(f);
    expect(r.err).toContain(
      `${f}:1:56: "hastey" is not allowed for "persona"; did you mean "hasty"? (at /buyers/0/persona)`,
    );
  });

  it('prints problems as JSON with --json', () => {
    const r = validate('--json', bad, FIXTURE);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual([
      {
        file: bad,
        line: 3,
        col: 12,
        message: 'trailing comma: JSON allows no "," before a closing "}" or "]"',
        pointer: '',
        severity: 'error',
      },
    ]);
    expect(validate('--json', FIXTURE)).toEqual({ code: 0, out: '[]\n', err: '' });
  });

  it('explains its usage without files or with an unknown option', () => {
    expect(validate().code).toBe(2);
    const r = validate('--strict', FIXTURE);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown option --strict\nusage:/);
  });
});
