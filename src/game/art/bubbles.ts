/** Mood bubbles: a speech bubble holding a small face in the mood's colour. */
import { BUBBLE_MOODS, moodCss, type BubbleMood } from '../logic/mood';
import { texture, type TextureSpec } from './svg';

export const BUBBLE_WIDTH = 44;
export const BUBBLE_HEIGHT = 40;

const FACES: Readonly<Record<BubbleMood, string>> = {
  happy:
    '<path d="M17 13.5 q1.8 -2.2 3.6 0 M24.4 13.5 q1.8 -2.2 3.6 0" fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/>' +
    '<path d="M16.5 18 Q22 24.5 27.5 18 Z" fill="#fff"/>',
  neutral:
    '<circle cx="18.5" cy="13.5" r="1.7" fill="#fff"/><circle cx="25.5" cy="13.5" r="1.7" fill="#fff"/>' +
    '<path d="M17.5 20 H26.5" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>',
  impatient:
    '<circle cx="18.5" cy="13.5" r="1.7" fill="#fff"/><circle cx="25.5" cy="13.5" r="1.7" fill="#fff"/>' +
    '<path d="M16.5 20.5 l2.3 -1.8 l2.3 1.8 l2.3 -1.8 l2.3 1.8 l2.3 -1.8" fill="none" stroke="#fff" stroke-width="1.5" stroke-linejoin="round"/>' +
    '<path d="M31 6 q2 3 0 4.5 q-2 -1.5 0 -4.5 Z" fill="#7cc7ff"/>',
  angry:
    '<path d="M16 10.5 L20.5 12.5 M28 10.5 L23.5 12.5" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>' +
    '<circle cx="18.5" cy="14.5" r="1.6" fill="#fff"/><circle cx="25.5" cy="14.5" r="1.6" fill="#fff"/>' +
    '<path d="M17 21.5 Q22 17 27 21.5" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>',
};

/** The SVG body of one mood bubble. */
export function bubbleBody(mood: BubbleMood): string {
  return (
    '<path d="M8 3 H36 Q42 3 42 9 V25 Q42 31 36 31 H26 L22 37 L18 31 H8 Q2 31 2 25 V9 Q2 3 8 3 Z" ' +
    'fill="#fff" stroke="#d5d9e0" stroke-width="1.5"/>' +
    `<circle cx="22" cy="17" r="11" fill="${moodCss(mood)}"/>` +
    FACES[mood]
  );
}

/** The four bubble textures, keyed `bubble-<mood>`. */
export function bubbleTextures(): TextureSpec[] {
  return BUBBLE_MOODS.map((mood) =>
    texture(`bubble-${mood}`, BUBBLE_WIDTH, BUBBLE_HEIGHT, bubbleBody(mood)),
  );
}

/** Three dots: the buyer is typing. */
export function typingTexture(): TextureSpec {
  return texture(
    'typing',
    34,
    18,
    '<rect x="1" y="1" width="32" height="16" rx="8" fill="#fff" stroke="#d5d9e0"/>' +
      '<circle cx="10" cy="9" r="2.4" fill="#9aa0a6"/><circle cx="17" cy="9" r="2.4" fill="#9aa0a6"/>' +
      '<circle cx="24" cy="9" r="2.4" fill="#9aa0a6"/>',
  );
}
