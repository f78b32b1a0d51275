import { describe, expect, it } from 'vitest';
import { simMain } from '../../../src/cli/sim';
import { ReportSchema } from '../../../src/core/report';

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = simMain(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out, err: err.join('\n') };
}

const HASTY = 'scenarios/hasty-power-bank.json';

describe('sim CLI', () => {
  it('prints one valid report as one JSON line', () => {
    const r = run(HASTY, '--agent', 'model', '--seed', '3');
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).not.toContain('\n');
    const report = ReportSchema.parse(JSON.parse(r.out[0]!));
    expect(report).toMatchObject({ scenarioId: 'hasty-power-bank', seed: 3, locale: 'zh-CN' });
  });

  it('prints one line per run with --runs, seeds N..N+K-1, in the locale asked', () => {
    const r = run(HASTY, '--agent', 'curt', '--seed', '10', '--runs', '3', '--locale', 'es');
    expect(r.code).toBe(0);
    expect(r.out.map((l) => (JSON.parse(l) as { seed: number; locale: string }).seed)).toEqual([
      10, 11, 12,
    ]);
    expect((JSON.parse(r.out[0]!) as { locale: string }).locale).toBe('es');
    expect(run(HASTY, '--agent=curt', '--seed=10', '--locale=es').out[0]).toBe(r.out[0]);
  });

  it('--runtime xstate gives the same report as the compiled default; an unknown runtime is exit 2', () => {
    const compiled = run(HASTY, '--agent', 'model', '--seed', '5');
    const xstate = run(HASTY, '--agent', 'model', '--seed', '5', '--runtime', 'xstate');
    expect(xstate.code).toBe(0);
    expect(xstate.out).toEqual(compiled.out);
    const bad = run(HASTY, '--agent', 'model', '--runtime', 'fast');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('unknown runtime "fast": choose one of compiled, xstate');
  });

  it('lists the policies for an unknown one (exit 2)', () => {
    const r = run(HASTY, '--agent', 'modle', '--seed', '1');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown policy "modle"');
    expect(r.err).toContain('model, curt, rude, slow, silent, discounter');
    expect(r.out).toHaveLength(0);
  });

  it('reports bad usage with exit 2', () => {
    expect(run(HASTY, '--seed', '1').code).toBe(2);
    expect(run(HASTY, '--agent', 'model', '--seed', 'abc').err).toContain(
      '--seed needs a whole number',
    );
    expect(run(HASTY, '--agent', 'model', '--bogus').err).toContain('unknown option --bogus');
    expect(run('--agent', 'model').err).toContain('no scenario file given');
  });

  it('reports a missing file, a directory, an invalid scenario and a missing locale (exit 1)', () => {
    expect(run('nope.json', '--agent', 'model')).toMatchObject({
      code: 1,
      err: 'nope.json: no such file',
    });
    expect(run('scenarios', '--agent', 'model').err).toContain('is a directory');
    const invalid = run('test/fixtures/session/invalid.json', '--agent', 'model');
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/^test\/fixtures\/session\/invalid\.json:\d+:\d+: /m);
    expect(invalid.err).toContain('hasty');
    expect(invalid.err).not.toMatch(/\n\s+at /);
    const locale = run(
      'test/fixtures/scenarios/valid-minimal.json',
      '--agent',
      'model',
      '--locale',
      'es',
    );
    expect(locale.code).toBe(1);
    expect(locale.err).toContain('has no "es"');
  });
});
