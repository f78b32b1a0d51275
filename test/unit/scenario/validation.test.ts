import { describe, expect, it } from 'vitest';
import { migrateScenario, SCENARIO_SCHEMA_VERSION } from '../../../src/core/scenario';
import { at, edit, onlyProblem, problemsOf, validText } from './helpers';

describe('parseScenario: schemaVersion and migration', () => {
  it('requires schemaVersion', () => {
    const p = onlyProblem(edit('"schemaVersion": 1,\n', ''));
    expect(p.message).toMatch(/"schemaVersion" is missing/);
    expect(p.pos).toBe('1:1');
  });

  it('rejects a newer schemaVersion with a clear message at the value', () => {
    const text = edit('"schemaVersion": 1', '"schemaVersion": 7');
    const p = onlyProblem(text);
    expect(p.message).toMatch(/schemaVersion 7.*supports up to 1/);
    expect(p.pos).toBe(at(text, '7'));
    expect(p.pointer).toBe('/schemaVersion');
  });

  it('rejects a schemaVersion that is not a whole number, or below the first', () => {
    expect(onlyProblem(edit('"schemaVersion": 1', '"schemaVersion": "1"')).message).toMatch(
      /whole number/,
    );
    expect(onlyProblem(edit('"schemaVersion": 1', '"schemaVersion": 0')).message).toMatch(
      /does not exist/,
    );
  });

  it('migrates step by step with a migrations table', () => {
    const table = {
      1: (d: Record<string, unknown>) => ({ ...d, renamed: d['old'] }),
      2: (d: Record<string, unknown>) => ({ ...d, third: true }),
    };
    const r = migrateScenario({ schemaVersion: 1, old: 'x' }, table, 3);
    expect(r).toEqual({
      ok: true,
      from: 1,
      doc: { schemaVersion: 3, old: 'x', renamed: 'x', third: true },
    });
    const gap = migrateScenario({ schemaVersion: 1 }, { 1: table[1] }, 3);
    expect(gap.ok).toBe(false);
    expect(SCENARIO_SCHEMA_VERSION).toBe(1);
  });
});

describe('parseScenario: schema problems', () => {
  it('suggests the right key for a misspelt key, at the key', () => {
    const text = edit('"budget": 80', '"budgte": 80');
    const problems = problemsOf(text);
    const unknown = problems.find((p) => p.message.startsWith('unknown key'));
    expect(unknown?.message).toBe('unknown key "budgte"; did you mean "budget"?');
    expect(`${unknown?.line}:${unknown?.col}`).toBe(at(text, '"budgte"'));
    expect(unknown?.pointer).toBe('/buyers/0/budgte');
    // and the key it replaced is missing
    expect(problems.some((p) => /missing required key "budget"/.test(p.message))).toBe(true);
  });

  it('lists the allowed keys when nothing is close', () => {
    const text = edit('"stock": 0', '"stock": 0, "zzzzzz": 1');
    const p = onlyProblem(text);
    expect(p.message).toMatch(
      /unknown key "zzzzzz" \(allowed here: "id", "name", "stock", "price"\)/,
    );
    expect(p.pos).toBe(at(text, '"zzzzzz"'));
  });

  it('suggests the right enum value (persona "hastey" → "hasty"), at the value', () => {
    const text = edit('"persona": "hasty"', '"persona": "hastey"');
    const p = onlyProblem(text);
    expect(p.message).toBe('"hastey" is not allowed for "persona"; did you mean "hasty"?');
    expect(p.pos).toBe(at(text, '"hastey"'));
    expect(p.pointer).toBe('/buyers/0/persona');
  });

  it('suggests objection types and reply flags', () => {
    const a = onlyProblem(edit('"objection": "product"', '"objection": "prodcut"'));
    expect(a.message).toMatch(/did you mean "product"/);
    const b = onlyProblem(edit('"goodMoves": ["value"]', '"goodMoves": ["vaule"]'));
    expect(b.message).toMatch(/did you mean "value"/);
    expect(b.pointer).toBe('/buyers/0/beats/0/goodMoves/0');
  });

  it('lists the allowed values when nothing is close', () => {
    const p = onlyProblem(edit('"persona": "hasty"', '"persona": "zzz"'));
    expect(p.message).toMatch(/use one of "taciturn", "chatty"/);
  });

  it('reports a missing required key at the object that lacks it', () => {
    const text = edit('"hiddenMotive": { "zh-CN": "明天要穿", "en": "Needs it tomorrow" },\n', '');
    const p = onlyProblem(text);
    expect(p.message).toBe('missing required key "hiddenMotive" (an object)');
    expect(p.pointer).toBe('/buyers/0/hiddenMotive');
    expect(p.pos).toBe(at(text, '{', '"buyers"'));
  });

  it('reports a wrong type at the value', () => {
    const text = edit('"price": 79', '"price": "79"');
    const p = onlyProblem(text);
    expect(p.message).toBe('"price" must be a number, not the string "79"');
    expect(p.pos).toBe(at(text, '"79"'));
  });

  it('reports numbers out of range, empty strings and empty arrays', () => {
    expect(onlyProblem(edit('"maxPercent": 5', '"maxPercent": 120')).message).toMatch(
      /"maxPercent" must be ≤ 100, not 120/,
    );
    expect(onlyProblem(edit('"stock": 10', '"stock": -1')).message).toMatch(/must be ≥ 0/);
    expect(onlyProblem(edit('"zh-CN": "测试场景"', '"zh-CN": ""')).message).toMatch(
      /must not be empty/,
    );
    const text = edit(
      '"paymentSafeguards": [{ "zh-CN": "支付宝担保交易", "en": "Alipay escrow" }]',
      '"paymentSafeguards": []',
    );
    const p = onlyProblem(text);
    expect(p.message).toBe('"paymentSafeguards" needs at least 1 item');
    expect(p.pos).toBe(at(text, '[]'));
  });

  it('reports a malformed id', () => {
    const p = onlyProblem(edit('"id": "fixture-minimal"', '"id": "Fixture Minimal"'));
    expect(p.message).toMatch(/ids are lower-case/);
    expect(p.pointer).toBe('/id');
  });

  it('reports every problem, sorted by position', () => {
    const text = edit(
      '"persona": "hasty"',
      '"persona": "hastey"',
      edit('"price": 79', '"price": "79"'),
    );
    const problems = problemsOf(text);
    expect(problems).toHaveLength(2);
    expect(problems[0]?.pointer).toBe('/products/0/price');
    expect(problems[1]?.pointer).toBe('/buyers/0/persona');
  });

  it('never accepts a locale outside zh-CN, en, es', () => {
    const text = validText.replace('"locales": ["zh-CN", "en"]', '"locales": ["zh-CN", "fr"]');
    const p = onlyProblem(text);
    expect(p.pointer).toBe('/locales/1');
  });
});
