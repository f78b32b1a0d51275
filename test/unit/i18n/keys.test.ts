/**
 * Every i18n key exists in every locale, and every ui key is used. Keys in use are found by
 * scanning src/ for t('…') / translate('…') calls; a template key such as t(`mode.${m}.name`)
 * counts as a pattern that must match at least one key. The buyer namespace is checked against
 * the line-bank keys the core exports.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/locale';
import { BUYER_LINE_KEYS } from '../../../src/core/buyers/lineBank';

const root = join(__dirname, '../../..');
const localeDir = join(root, 'src/i18n/locales');

function flatten(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    flatten(v, prefix ? `${prefix}.${k}` : k),
  );
}

function keysOf(locale: string, ns: string): string[] | null {
  const file = join(localeDir, locale, `${ns}.json`);
  if (!existsSync(file)) return null;
  return flatten(JSON.parse(readFileSync(file, 'utf8'))).sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/** Literal keys and template patterns passed to t() / translate() in the UI sources. */
function usedKeys(): { literal: Map<string, string>; patterns: { source: string; re: RegExp }[] } {
  const literal = new Map<string, string>();
  const patterns: { source: string; re: RegExp }[] = [];
  const call = /\b(?:t|translate)\(\s*(?:'([^']+)'|"([^"]+)"|`([^`]+)`)/g;
  for (const file of ['src/ui', 'src/i18n', 'src/main.ts'].flatMap((p) => {
    const full = join(root, p);
    return statSync(full).isDirectory() ? sourceFiles(full) : [full];
  })) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(call)) {
      const key = m[1] ?? m[2] ?? m[3] ?? '';
      if (key.includes(':')) continue; // another namespace ("coaching:…")
      const where = relative(root, file);
      if (m[3] !== undefined && key.includes('${')) {
        const re = new RegExp(
          '^' +
            key
              .split(/\$\{[^}]*\}/)
              .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('[^.]+') +
            '$',
        );
        patterns.push({ source: `${where}: ${key}`, re });
      } else {
        literal.set(key, where);
      }
    }
  }
  return { literal, patterns };
}

describe('ui namespace', () => {
  const reference = keysOf('en', 'ui') ?? [];

  it.each(LOCALES)('%s has exactly the keys of en', (locale) => {
    const keys = keysOf(locale, 'ui');
    expect(keys, `src/i18n/locales/${locale}/ui.json`).not.toBeNull();
    const missing = reference.filter((k) => !keys!.includes(k));
    const extra = keys!.filter((k) => !reference.includes(k));
    expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
  });

  it('has no empty texts', () => {
    for (const locale of LOCALES) {
      const data = JSON.parse(readFileSync(join(localeDir, locale, 'ui.json'), 'utf8'));
      const empty = flatten(data).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], data);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect({ locale, empty }).toEqual({ locale, empty: [] });
    }
  });

  it('every key used in src/ exists', () => {
    const { literal } = usedKeys();
    const missing = [...literal]
      .filter(([k]) => !reference.includes(k))
      .map(([k, f]) => `${f}: ${k}`);
    expect(missing).toEqual([]);
  });

  it('every template key matches at least one key', () => {
    const { patterns } = usedKeys();
    const dead = patterns.filter((p) => !reference.some((k) => p.re.test(k))).map((p) => p.source);
    expect(dead).toEqual([]);
  });

  it('every key is used', () => {
    const { literal, patterns } = usedKeys();
    const unused = reference.filter((k) => !literal.has(k) && !patterns.some((p) => p.re.test(k)));
    expect(unused).toEqual([]);
  });
});

describe('buyer namespace (line bank of src/core/buyers)', () => {
  it.each(LOCALES)('%s has every line-bank key and no other', (locale) => {
    const keys = keysOf(locale, 'buyer');
    expect(keys, `src/i18n/locales/${locale}/buyer.json`).not.toBeNull();
    const missing = BUYER_LINE_KEYS.filter((k) => !keys!.includes(k));
    const extra = keys!.filter((k) => !(BUYER_LINE_KEYS as readonly string[]).includes(k));
    expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
  });
});

describe('game namespace (Phaser labels)', () => {
  const reference = keysOf('zh-CN', 'game');
  it.each(LOCALES)('%s has the keys of zh-CN', (locale) => {
    if (reference === null) return;
    const keys = keysOf(locale, 'game') ?? [];
    const missing = reference.filter((k) => !keys.includes(k));
    const extra = keys.filter((k) => !reference.includes(k));
    expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
  });
});

describe('ui keys built from core enumerations', () => {
  const reference = new Set(keysOf('en', 'ui') ?? []);
  const need = (keys: string[]): string[] => keys.filter((k) => !reference.has(k));

  it('covers every flag, persona, action, outcome, mood, order status and locale', async () => {
    const { FLAGS } = await import('../../../src/core/analysis/flags');
    const { PERSONAS } = await import('../../../src/core/scenario/schema');
    const { AGENT_ACTIONS } = await import('../../../src/core/session/contract');
    const outcomes = ['paid', 'unpaid', 'left', 'leftAngry', 'complaint'];
    const moods = ['happy', 'neutral', 'impatient', 'angry', 'gone'];
    expect(
      need([
        ...FLAGS.map((f) => `flag.${f}`),
        ...PERSONAS.map((p) => `persona.${p}`),
        ...AGENT_ACTIONS.map((a) => `action.${a}`),
        ...outcomes.map((o) => `outcome.${o}`),
        ...moods.map((m) => `mood.${m}`),
        ...['none', 'placed', 'paid'].map((s) => `order.status.${s}`),
        ...LOCALES.map((l) => `language.${l}`),
        ...['practice', 'shift', 'exam'].flatMap((m) => [`mode.${m}.name`, `mode.${m}.desc`]),
      ]),
    ).toEqual([]);
  });
});

describe('coaching namespace (keys the core emits)', () => {
  it.each(LOCALES)('%s has every rule, hint, persona hint and action line', async (locale) => {
    const { RULES, coachingKey } = await import('../../../src/core/scoring/rules');
    const { actionLineKey, hintKey, personaHintKey } = await import('../../../src/core/session');
    const { OBJECTION_TYPES, PERSONAS } = await import('../../../src/core/scenario/schema');
    const { AGENT_ACTIONS } = await import('../../../src/core/session/contract');
    const emitted = [
      ...(Object.keys(RULES) as (keyof typeof RULES)[]).map((id) => coachingKey(id)),
      hintKey(undefined),
      ...OBJECTION_TYPES.map((o) => hintKey(o)),
      ...PERSONAS.map((p) => personaHintKey(p)),
      ...AGENT_ACTIONS.map((a) => actionLineKey(a)),
    ].map((k) => k.replace(/^coaching:/, ''));
    const keys = keysOf(locale, 'coaching');
    expect(keys, `src/i18n/locales/${locale}/coaching.json`).not.toBeNull();
    expect({ locale, missing: emitted.filter((k) => !keys!.includes(k)) }).toEqual({
      locale,
      missing: [],
    });
  });
});
