import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/core/scenario';
import { at, edit, onlyProblem, problemsOf, validText } from './helpers';

describe('parseScenario: JSON syntax', () => {
  it('loads the valid fixture and applies defaults', () => {
    const r = parseScenario(validText, 'f.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.scenario.buyers[0]?.quantity).toBe(1);
    expect(r.scenario.targets.firstResponseGoodSeconds).toBe(15);
    expect(r.scenario.products[1]?.related).toEqual([]);
  });

  it('accepts a UTF-8 BOM and reports positions as if it were not there', () => {
    const r = parseScenario('\uFEFF' + validText, 'f.json');
    expect(r.ok).toBe(true);
    const bad = edit('"persona": "hasty"', '"persona": "hastey"');
    const p = onlyProblem('\uFEFF' + bad);
    expect(p.pos).toBe(at(bad, '"hastey"'));
  });

  it('reports a trailing comma at the comma', () => {
    const text = '{\n  "schemaVersion": 1,\n  "id": "x",\n}\n';
    const p = onlyProblem(text);
    expect(p.pos).toBe('3:12');
    expect(p.message).toMatch(/trailing comma/);
  });

  it('reports a trailing comma in an array', () => {
    const text = edit('"locales": ["zh-CN", "en"]', '"locales": ["zh-CN", "en",]');
    const p = onlyProblem(text);
    expect(p.pos).toBe(at(text, ',]'));
  });

  it('reports a truncated file at its end', () => {
    const text = validText.slice(0, validText.indexOf('"products"'));
    const problems = problemsOf(text);
    const lines = text.split('\n');
    expect(problems[0]?.message).toMatch(/end of file.*truncated/);
    expect(problems[0]?.line).toBe(lines.length);
  });

  it('reports an empty file and a whitespace-only file at 1:1', () => {
    for (const text of ['', '  \n\n', '\uFEFF']) {
      const p = onlyProblem(text);
      expect(p.pos).toBe('1:1');
      expect(p.message).toMatch(/empty/);
    }
  });

  it('reports comments, which JSON does not allow', () => {
    const text = '{\n  // a note\n  "schemaVersion": 1\n}';
    const p = onlyProblem(text);
    expect(p.pos).toBe('2:3');
    expect(p.message).toMatch(/comments are not allowed/);
  });

  it('reports a missing comma and an unclosed string', () => {
    expect(onlyProblem('{\n  "a": 1\n  "b": 2\n}').pos).toBe('3:3');
    expect(problemsOf('{\n  "a": "abc\n}')[0]?.message).toMatch(/string is not closed|end of file/);
  });

  it('reports a top-level value that is not an object', () => {
    const p = onlyProblem('[1, 2]');
    expect(p.message).toMatch(/JSON object.*array/);
  });

  it('reports a duplicate key at the second key', () => {
    const text = edit('"budget": 80,', '"budget": 80,\n      "budget": 90,');
    const p = onlyProblem(text);
    expect(p.message).toMatch(/duplicate key "budget"/);
    expect(p.pos).toBe(at(text, '"budget": 90'));
    expect(p.pointer).toBe('/buyers/0/budget');
  });

  it('counts lines with CRLF line endings', () => {
    const crlf = validText.replace(/\n/g, '\r\n');
    expect(parseScenario(crlf, 'f.json').ok).toBe(true);
    const bad = edit('"persona": "hasty"', '"persona": "hastey"').replace(/\n/g, '\r\n');
    const p = onlyProblem(bad);
    expect(p.pos).toBe(at(bad.replace(/\r\n/g, '\n'), '"hastey"'));
  });
});
