/** Mood → colour and texture, for the mood bubbles over buyers. Pure. */
import type { Mood } from '../../core/session/contract';

/** Moods that show a bubble ('gone' buyers have left the floor). */
export const BUBBLE_MOODS = ['happy', 'neutral', 'impatient', 'angry'] as const;
export type BubbleMood = (typeof BUBBLE_MOODS)[number];

/** The colour of each mood as 0xRRGGBB: green, calm blue, amber, red; grey for gone. */
export const MOOD_COLORS: Readonly<Record<Mood, number>> = {
  happy: 0x2fb36d,
  neutral: 0x4a90d9,
  impatient: 0xf0a020,
  angry: 0xe5484d,
  gone: 0x9aa0a6,
};

/** The colour of a mood as a number (for Phaser tints and fills). */
export function moodColor(mood: Mood): number {
  return MOOD_COLORS[mood];
}

/** The colour of a mood as CSS `#rrggbb` (for SVG art). */
export function moodCss(mood: Mood): string {
  return toCss(MOOD_COLORS[mood]);
}

/** 0xRRGGBB → `#rrggbb`. */
export function toCss(color: number): string {
  return `#${(color & 0xffffff).toString(16).padStart(6, '0')}`;
}

/** The texture key of a mood bubble, or null when the mood shows none. */
export function moodBubbleKey(mood: Mood): string | null {
  return mood === 'gone' ? null : `bubble-${mood}`;
}
