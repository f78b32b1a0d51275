/**
 * Labels drawn by Phaser come from i18next (`layer.setTranslator(t)`, keys `game:*`). Until the
 * shell hands over its translator, the layer uses this fallback over the bundled zh-CN texts,
 * so that a raw key is never drawn.
 */
import zhCN from '../i18n/locales/zh-CN/game.json';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

type Tree = { [key: string]: string | Tree };

/** Look a dotted key up in a nested resource tree. */
export function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Replace `{{name}}` placeholders with their values (i18next's default syntax). */
export function interpolate(text: string, params?: Record<string, unknown>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    params && name in params ? String(params[name]) : whole,
  );
}

/** Make a translator over one locale's `game` resources; other namespaces fall back to the key. */
export function translatorFor(resources: Tree): Translate {
  return (key, params) => {
    const [ns, path] = key.includes(':') ? key.split(':', 2) : ['game', key];
    const text = ns === 'game' && path !== undefined ? lookup(resources, path) : undefined;
    return text === undefined ? key : interpolate(text, params);
  };
}

/** The fallback translator: bundled zh-CN. */
export const fallbackTranslate: Translate = translatorFor(zhCN as Tree);
