/** Buyer figures: eight looks (skin, hair, clothes), drawn 64×96 with the feet at the bottom. */
import { BUYER_HEIGHT, BUYER_WIDTH, LOOK_COUNT } from '../logic/floorLayout';
import { texture, type TextureSpec } from './svg';

interface Look {
  skin: string;
  hair: string;
  shirt: string;
  trousers: string;
  style: 'short' | 'bun' | 'long' | 'pony';
  glasses?: boolean;
}

/** The eight looks; `lookFor(buyerId)` picks one. */
export const LOOKS: readonly Look[] = [
  { skin: '#f6d5b8', hair: '#2b2320', shirt: '#ff7a45', trousers: '#3b4a6b', style: 'short' },
  { skin: '#f1c9a5', hair: '#3d2b1f', shirt: '#5b8def', trousers: '#2f3542', style: 'long' },
  { skin: '#e8b892', hair: '#1f1a17', shirt: '#36b37e', trousers: '#4a4e69', style: 'bun' },
  { skin: '#f6d5b8', hair: '#7a4b2a', shirt: '#e86fa6', trousers: '#2d3a4a', style: 'pony' },
  {
    skin: '#d9a27e',
    hair: '#231b16',
    shirt: '#f5c542',
    trousers: '#3a3f58',
    style: 'short',
    glasses: true,
  },
  {
    skin: '#f3cfb0',
    hair: '#5a3825',
    shirt: '#8e6cf0',
    trousers: '#39424e',
    style: 'long',
    glasses: true,
  },
  { skin: '#eab894', hair: '#111111', shirt: '#26a6b8', trousers: '#51485e', style: 'pony' },
  { skin: '#f6d5b8', hair: '#b07040', shirt: '#d9534f', trousers: '#2e3b55', style: 'bun' },
];

function hairBack(look: Look): string {
  if (look.style === 'long')
    return `<rect x="15" y="18" width="34" height="30" rx="11" fill="${look.hair}"/>`;
  if (look.style === 'pony') return `<ellipse cx="49" cy="32" rx="5" ry="11" fill="${look.hair}"/>`;
  return '';
}

function hairFront(look: Look): string {
  const cap = `<path d="M16.5 28 C15 10 49 10 47.5 28 C44 20 38 17.5 32 17.5 C26 17.5 20 20 16.5 28 Z" fill="${look.hair}"/>`;
  if (look.style === 'bun') return `${cap}<circle cx="32" cy="9.5" r="6.5" fill="${look.hair}"/>`;
  return cap;
}

/** The SVG body of one buyer look. */
export function buyerBody(look: Look): string {
  const glasses = look.glasses
    ? '<g fill="none" stroke="#333" stroke-width="1.4"><circle cx="26.5" cy="28" r="4"/><circle cx="37.5" cy="28" r="4"/><path d="M30.5 28 H33.5"/></g>'
    : '';
  return [
    '<ellipse cx="32" cy="92" rx="19" ry="4" fill="#000" opacity="0.16"/>',
    hairBack(look),
    `<rect x="23" y="68" width="8" height="23" rx="3.5" fill="${look.trousers}"/>`,
    `<rect x="33" y="68" width="8" height="23" rx="3.5" fill="${look.trousers}"/>`,
    '<ellipse cx="26" cy="91.5" rx="6" ry="3" fill="#2a2a2a"/>',
    '<ellipse cx="38" cy="91.5" rx="6" ry="3" fill="#2a2a2a"/>',
    `<rect x="10" y="44" width="9" height="24" rx="4.5" fill="${look.shirt}"/>`,
    `<rect x="45" y="44" width="9" height="24" rx="4.5" fill="${look.shirt}"/>`,
    `<circle cx="14.5" cy="69" r="4" fill="${look.skin}"/>`,
    `<circle cx="49.5" cy="69" r="4" fill="${look.skin}"/>`,
    `<rect x="16" y="40" width="32" height="34" rx="12" fill="${look.shirt}"/>`,
    '<rect x="16" y="40" width="32" height="34" rx="12" fill="#fff" opacity="0.12"/>',
    `<rect x="28.5" y="37" width="7" height="6" fill="${look.skin}"/>`,
    `<circle cx="32" cy="26" r="15" fill="${look.skin}"/>`,
    hairFront(look),
    '<circle cx="26.5" cy="28" r="1.9" fill="#2b2b2b"/>',
    '<circle cx="37.5" cy="28" r="1.9" fill="#2b2b2b"/>',
    '<circle cx="23" cy="32.5" r="2.6" fill="#ff8a8a" opacity="0.45"/>',
    '<circle cx="41" cy="32.5" r="2.6" fill="#ff8a8a" opacity="0.45"/>',
    '<path d="M28.5 33.5 Q32 36.5 35.5 33.5" fill="none" stroke="#6b3a2a" stroke-width="1.5" stroke-linecap="round"/>',
    glasses,
  ].join('');
}

/** Texture key of a buyer look. */
export const buyerKey = (look: number): string => `buyer-${look}`;

/** All buyer textures. */
export function buyerTextures(): TextureSpec[] {
  return LOOKS.slice(0, LOOK_COUNT).map((look, i) =>
    texture(buyerKey(i), BUYER_WIDTH, BUYER_HEIGHT, buyerBody(look)),
  );
}

/** A paper shopping bag (paid buyers carry it out). */
export function bagTexture(): TextureSpec {
  return texture(
    'bag',
    22,
    26,
    '<path d="M7 8 Q7 2 11 2 Q15 2 15 8" fill="none" stroke="#8a4b1f" stroke-width="1.6"/>' +
      '<rect x="2" y="7" width="18" height="18" rx="2" fill="#ff6a1a"/>' +
      '<rect x="2" y="7" width="18" height="4" fill="#fff" opacity="0.25"/>' +
      '<text x="11" y="21" font-size="9" text-anchor="middle" fill="#fff" font-family="sans-serif">¥</text>',
  );
}
