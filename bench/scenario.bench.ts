/** Scenario loading speed: parse + migrate + validate + reference checks of the shipped files. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario } from '../src/core/scenario';

/** Loads every shipped scenario repeatedly and reports files per second and ms per file. */
export async function run(): Promise<Record<string, unknown>> {
  const texts = readdirSync('scenarios')
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ f, text: readFileSync(`scenarios/${f}`, 'utf8') }));
  for (const { f, text } of texts) {
    if (!parseScenario(text, f).ok) throw new Error(`${f} does not validate`);
  }
  const bytes = texts.reduce((n, t) => n + t.text.length, 0);
  const rounds = 40;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) for (const { f, text } of texts) parseScenario(text, f);
  const ms = performance.now() - start;
  const files = rounds * texts.length;
  return {
    files: texts.length,
    avgChars: Math.round(bytes / texts.length),
    filesPerSecond: Math.round((files / ms) * 1000),
    msPerFile: Number((ms / files).toFixed(3)),
  };
}
