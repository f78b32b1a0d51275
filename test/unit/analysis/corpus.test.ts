/**
 * Quality on labelled replies: per-flag precision / recall / F1 and macro-F1 on the shared dev
 * corpus (../shared/corpus/replies.dev.jsonl, beside the repo) and on our own extra examples.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../../src/core/analysis/index';
import { evaluate, parseLabelled, type Evaluation } from '../../../src/core/analysis/evaluate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DEV = resolve(root, '../shared/corpus/replies.dev.jsonl');
const EXTRA = resolve(root, 'test/fixtures/analysis/replies.extra.jsonl');
/**
 * Six rounds of examples written after the rules existed, each scored before the rules were
 * tuned on it (macro-F1 0.859, 0.856, 0.756, 0.682, 0.775 and 0.945 then; the later rounds are
 * small and aimed at hard cases): the best estimate here of how the rules do on unseen phrasings.
 */
const HOLDOUT = resolve(root, 'test/fixtures/analysis/replies.holdout.jsonl');
/**
 * Issue 2, generalisation round: 215 replies (~70 per locale) written before any rule change and
 * aimed at the families the lead's blind set missed (impatient/dismissive rudeness, contradiction
 * in other words, open need questions, amounts off, sales counts, soft 呀?/吧?). Scored 0.9005
 * macro-F1 before the rules were broadened by family (rude recall 0.22, argue 0.48).
 */
const BLIND2 = resolve(root, 'test/fixtures/analysis/replies.blind2.jsonl');
/**
 * 66 replies written after the first broadening round and scored before the second (0.7386:
 * rude recall 0.35, argue 0.13): the honest estimate of what the long tail of those families
 * still costs on phrasings nobody here has seen.
 */
const BLIND3 = resolve(root, 'test/fixtures/analysis/replies.blind3.jsonl');
/**
 * 45 replies written after the second round and scored before the third (0.7404; misses in
 * free_shipping, closing_push and rude phrasings again): the long tail is still the weak spot.
 */
const BLIND4 = resolve(root, 'test/fixtures/analysis/replies.blind4.jsonl');
// 450 lines written blind (zh-CN, en, es); measured before any rule saw them: macro-F1 zh-CN
// 0.78, en 0.82, es 0.77. The rules were then broadened by phrasing family.
const BLIND5 = resolve(root, 'test/fixtures/analysis/replies.blind5.jsonl');
// 450 more lines written blind; measured before any rule saw them: macro-F1 zh-CN 0.82, en 0.81,
// es 0.82 (0.82 over all three). The rules were then broadened by phrasing family again.
const BLIND7 = resolve(root, 'test/fixtures/analysis/replies.blind7.jsonl');
// 450 more lines written blind; measured before any rule saw them: macro-F1 zh-CN 0.84, en 0.82,
// es 0.81 (0.83 over all three). The rules were then broadened by phrasing family again.
const BLIND8 = resolve(root, 'test/fixtures/analysis/replies.blind8.jsonl');
// 360 lines written blind after that round, to look like a random sample of real chats (as the
// shared corpus does); measured before any rule saw them: macro-F1 zh-CN 0.90, en 0.88, es 0.88
// (0.89 over all three).
const BLIND9 = resolve(root, 'test/fixtures/analysis/replies.blind9.jsonl');
// 360 more lines written blind, chat-like, after that round; measured before any rule saw them:
// macro-F1 zh-CN 0.91, en 0.90, es 0.89 (0.905 over all three); weakest: argue, rude and blame
// recall (0.57-0.59). The rules were then broadened by speech-act family (dismissing,
// contradicting, shifting fault) once the engine had room for them (rules/narrow.ts).
const BLIND10 = resolve(root, 'test/fixtures/analysis/replies.blind10.jsonl');
// 360 more lines written blind after that round (a random-looking month of chats, in three agents'
// voices); measured before any rule saw them: macro-F1 zh-CN 0.92, en 0.91, es 0.91 (0.918 over
// all three; 0.911 without the blind10 round). Weakest again: argue, blame, rude recall
// (0.62-0.67), compliment and value recall; hedge and assurance false alarms.
const BLIND11 = resolve(root, 'test/fixtures/analysis/replies.blind11.jsonl');

function table(name: string, ev: Evaluation): string {
  const rows = Object.entries(ev.perFlag).map(
    ([f, s]) =>
      `${f.padEnd(20)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} n=${s.support}`,
  );
  const misses = ev.mismatches
    .slice(0, 15)
    .map(
      (m) =>
        `  line ${m.line} [${m.locale}] missed=${m.missed.join(',')} extra=${m.extra.join(',')}`,
    );
  return [`${name}: ${ev.lines} lines, macro-F1 ${ev.macroF1.toFixed(4)}`, ...rows, ...misses].join(
    '\n',
  );
}

describe('analyzer quality', () => {
  it('scores macro-F1 ≥ 0.90 on the shared dev corpus', () => {
    if (!existsSync(DEV)) {
      throw new Error(
        `The shared dev corpus is missing: expected ${DEV} (the shared/ folder must sit beside the repo).`,
      );
    }
    const ev = evaluate(parseLabelled(readFileSync(DEV, 'utf8')), analyzeReply);
    console.log(table('dev corpus', ev));
    expect(ev.lines).toBeGreaterThan(0);
    expect(ev.macroF1).toBeGreaterThanOrEqual(0.9);
  });

  it('scores macro-F1 ≥ 0.90 on our own extra examples (every flag, every locale)', () => {
    const data = parseLabelled(readFileSync(EXTRA, 'utf8'));
    const ev = evaluate(data, analyzeReply);
    console.log(table('extra examples', ev));
    expect(data.length).toBeGreaterThanOrEqual(300);
    expect(ev.macroF1).toBeGreaterThanOrEqual(0.9);
  });

  it('scores macro-F1 ≥ 0.90 on the second set of our examples (written after the rules)', () => {
    const ev = evaluate(parseLabelled(readFileSync(HOLDOUT, 'utf8')), analyzeReply);
    console.log(table('holdout examples', ev));
    expect(ev.macroF1).toBeGreaterThanOrEqual(0.9);
  });

  it('scores macro-F1 ≥ 0.90 on the blind2 generalisation set (written before the rules changed)', () => {
    const data = parseLabelled(readFileSync(BLIND2, 'utf8'));
    const ev = evaluate(data, analyzeReply);
    console.log(table('blind2 examples', ev));
    expect(data.length).toBeGreaterThanOrEqual(200);
    for (const locale of ['zh-CN', 'en', 'es']) {
      expect(data.filter((d) => d.locale === locale).length).toBeGreaterThanOrEqual(65);
    }
    expect(ev.macroF1).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['blind3', BLIND3],
    ['blind4', BLIND4],
    ['blind5', BLIND5],
    ['blind7', BLIND7],
    ['blind8', BLIND8],
    ['blind9', BLIND9],
    ['blind10', BLIND10],
    ['blind11', BLIND11],
  ])('scores macro-F1 ≥ 0.90 on the %s set (written after a broadening round)', (name, file) => {
    const ev = evaluate(parseLabelled(readFileSync(file, 'utf8')), analyzeReply);
    console.log(table(`${name} examples`, ev));
    expect(ev.macroF1).toBeGreaterThanOrEqual(0.9);
  });

  it('the extra file has at least 3 positives for every flag in every locale', () => {
    const data = parseLabelled(readFileSync(EXTRA, 'utf8'));
    const count = new Map<string, number>();
    for (const d of data)
      for (const f of d.flags)
        count.set(`${d.locale}/${f}`, (count.get(`${d.locale}/${f}`) ?? 0) + 1);
    const thin = [...count.entries()].filter(([, n]) => n < 3).map(([k]) => k);
    expect(thin).toEqual([]);
    expect(count.size).toBe(29 + 28 + 28); // harsh_particle is zh-CN only
  });
});
