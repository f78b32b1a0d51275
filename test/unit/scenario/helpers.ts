/** Helpers for scenario tests: the valid fixture, text edits, and independent positions. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseScenario, type Problem } from '../../../src/core/scenario';

export const FIXTURE = 'test/fixtures/scenarios/valid-minimal.json';
export const validText = readFileSync(FIXTURE, 'utf8');

/** 1-based line:col of the first occurrence of `needle` (after `after`, when given). */
export function at(text: string, needle: string, after = ''): string {
  const start = after === '' ? 0 : text.indexOf(after);
  const offset = text.indexOf(needle, start);
  if (start < 0 || offset < 0) throw new Error(`marker ${needle} not found`);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before[before.length - 1] ?? '').length + 1}`;
}

/** Replaces exactly one occurrence of `from` in the valid fixture. */
export function edit(from: string, to: string, text = validText): string {
  const i = text.indexOf(from);
  if (i < 0 || text.indexOf(from, i + 1) >= 0) throw new Error(`"${from}" is not unique`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

/** The problems of a text that must fail to load. */
export function problemsOf(text: string): Problem[] {
  const result = parseScenario(text, 'f.json');
  if (result.ok) throw new Error('expected problems, but the scenario loaded');
  return result.problems;
}

/** Asserts that exactly one problem is reported, and returns it with its "line:col". */
export function onlyProblem(text: string): Problem & { pos: string } {
  const problems = problemsOf(text);
  expect(problems.map((p) => p.message)).toHaveLength(1);
  const p = problems[0] as Problem;
  return { ...p, pos: `${p.line}:${p.col}` };
}
