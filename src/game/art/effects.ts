/** Small effect textures: stars, coins, sparkles and confetti. */
import { texture, type TextureSpec } from './svg';

const STAR_PATH =
  'M24 3 L30.2 16.6 L45 18.2 L34 28.3 L37 43 L24 35.6 L11 43 L14 28.3 L3 18.2 L17.8 16.6 Z';

/** Confetti colours (Canvas has no tint, so each colour is its own texture). */
export const CONFETTI_COLOURS = ['#ff5000', '#ffc53d', '#2fb36d', '#4a90d9', '#e86fa6'] as const;

/** Every effect texture. */
export function effectTextures(): TextureSpec[] {
  return [
    texture(
      'star',
      48,
      48,
      `<path d="${STAR_PATH}" fill="#ffc53d" stroke="#e08e00" stroke-width="2" stroke-linejoin="round"/>`,
    ),
    texture(
      'star-empty',
      48,
      48,
      `<path d="${STAR_PATH}" fill="#e9e4dc" stroke="#cfc6b8" stroke-width="2" stroke-linejoin="round"/>`,
    ),
    texture(
      'coin',
      22,
      22,
      '<circle cx="11" cy="11" r="10" fill="#ffc53d" stroke="#e08e00" stroke-width="1.5"/>' +
        '<text x="11" y="15.5" font-size="12" font-weight="700" text-anchor="middle" fill="#a35f00" font-family="sans-serif">¥</text>',
    ),
    texture(
      'sparkle',
      16,
      16,
      '<path d="M8 0 Q9 7 16 8 Q9 9 8 16 Q7 9 0 8 Q7 7 8 0 Z" fill="#fff6c2"/>',
    ),
    ...CONFETTI_COLOURS.map((c, i) =>
      texture(`confetti-${i}`, 8, 5, `<rect width="8" height="5" rx="1" fill="${c}"/>`),
    ),
  ];
}
