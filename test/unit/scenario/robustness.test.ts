import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Problem } from '../../../src/core/scenario';
import { validText } from './helpers';

function checkPositions(text: string, problems: readonly Problem[]): void {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lines.length);
    expect(p.col).toBeGreaterThanOrEqual(1);
    expect(p.col).toBeLessThanOrEqual((lines[p.line - 1] ?? '').length + 1);
    expect(p.message.length).toBeGreaterThan(0);
    expect(p.message).not.toMatch(/\n\s+at /);
  }
}

describe('parseScenario never throws', () => {
  it('on any string, and every problem has a position inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const r = parseScenario(text, 'x.json');
        if (!r.ok) checkPositions(text, r.problems);
      }),
      { numRuns: 200 },
    );
  });

  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = JSON.stringify(value, null, 2) ?? 'null';
        const r = parseScenario(text, 'x.json');
        expect(r.ok).toBe(false);
        if (!r.ok) checkPositions(text, r.problems);
      }),
      { numRuns: 200 },
    );
  });

  it('on the valid fixture with a slice cut out or a character inserted', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: validText.length - 1 }),
        fc.nat({ max: 40 }),
        fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '1', '\n', '[', '{'),
        (at, cut, insert) => {
          const text = validText.slice(0, at) + insert + validText.slice(at + cut);
          const r = parseScenario(text, 'x.json');
          if (!r.ok) checkPositions(text, r.problems);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('on a schema-valid document with wrong types anywhere', () => {
    const base = JSON.parse(validText) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        fc.constantFrom<unknown>(null, 0, -1, '', 'zz', [], {}, true),
        (path, replacement) => {
          const doc = structuredClone(base);
          let node = doc as Record<string | number, unknown>;
          for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
          node[path[path.length - 1] as string | number] = replacement;
          const text = JSON.stringify(doc, null, 2);
          const r = parseScenario(text, 'x.json');
          if (!r.ok) checkPositions(text, r.problems);
        },
      ),
      { numRuns: 200 },
    );
  });
});
