import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/locale';
import { allTextures, svgDataUri } from '../../../src/game/art';
import { asciiXml } from '../../../src/game/art/svg';
import { fallbackTranslate, interpolate, lookup, translatorFor } from '../../../src/game/translate';

const root = join(__dirname, '../../..');

/** Tags open and close in order (a cheap well-formedness check without a DOM). */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name ?? '');
  }
  return stack.length === 0;
}

describe('textures made in code', () => {
  const textures = allTextures();

  it('have unique keys and well-formed SVG of the declared size', () => {
    expect(new Set(textures.map((t) => t.key)).size).toBe(textures.length);
    for (const t of textures) {
      expect(t.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), t.key).toBe(true);
      expect(t.svg, t.key).toContain(`width="${t.width}" height="${t.height}"`);
      expect(balanced(t.svg), t.key).toBe(true);
      expect(t.svg, t.key).not.toMatch(/NaN|undefined|https?:\/\/(?!www\.w3\.org)/);
    }
  });

  it('include every buyer look, every mood bubble and the scene art', () => {
    const keys = new Set(textures.map((t) => t.key));
    for (const key of [
      'buyer-0',
      'buyer-7',
      'bubble-happy',
      'bubble-neutral',
      'bubble-impatient',
      'bubble-angry',
      'shopfront',
      'floor',
      'door',
      'lantern',
      'star',
      'coin',
    ]) {
      expect(keys.has(key), key).toBe(true);
    }
  });

  it('encode as base64 data URIs of pure ASCII (Phaser decodes them as Latin-1)', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>客服 ¥ 😊</text></svg>';
    const uri = svgDataUri(svg);
    expect(uri.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const decoded = Buffer.from(uri.split(',')[1] ?? '', 'base64').toString('latin1');
    expect(decoded).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"><text>&#23458;&#26381; &#165; &#128522;</text></svg>',
    );
    expect(asciiXml('plain')).toBe('plain');
  });
});

function gameJson(locale: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, 'src/i18n/locales', locale, 'game.json'), 'utf8'));
}

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

function gameSources(dir = join(root, 'src/game')): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((p) =>
      statSync(p).isDirectory() ? gameSources(p) : p.endsWith('.ts') ? readFileSync(p, 'utf8') : '',
    )
    .join('\n');
}

describe('game namespace', () => {
  const reference = flatten(gameJson('zh-CN')).sort();
  const source = gameSources();
  const literal = new Set([...source.matchAll(/'game:([\w.]+)'/g)].map((m) => m[1] ?? ''));
  const templates = [...source.matchAll(/`game:([\w.]*)\$\{/g)].map((m) => m[1] ?? '');

  it.each(LOCALES)('%s has the same keys and no empty text', (locale) => {
    const data = gameJson(locale);
    expect(flatten(data).sort()).toEqual(reference);
    for (const key of reference) expect(lookup(data as never, key)?.trim(), key).toBeTruthy();
  });

  it('every game: key used in src/game exists', () => {
    expect([...literal].filter((k) => !reference.includes(k))).toEqual([]);
  });

  it('every key is used (literally, or by a `game:prefix.${…}` template)', () => {
    const unused = reference.filter(
      (k) => !literal.has(k) && !templates.some((prefix) => prefix && k.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('the fallback translator resolves keys and interpolates', () => {
    expect(fallbackTranslate('game:title')).toBe('客服道场');
    expect(fallbackTranslate('game:floor.clock', { time: '1:05' })).toBe('班次 1:05');
    expect(fallbackTranslate('game:missing.key')).toBe('game:missing.key');
    expect(fallbackTranslate('ui:anything')).toBe('ui:anything');
    const en = translatorFor(gameJson('en') as never);
    expect(en('game:results.grade', { grade: 'A' })).toBe('Grade A');
    expect(interpolate('{{a}}-{{ b }}-{{c}}', { a: 1, b: 'x' })).toBe('1-x-{{c}}');
  });
});
