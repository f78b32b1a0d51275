/** The results screen's score reveal: order, easing, grades. Pure. */
import type { ScoreReveal } from '../contract';

/** The five scores in the order they are revealed (overall last). */
export const SCORE_ORDER = [
  'responseTime',
  'courtesy',
  'objectionHandling',
  'closing',
  'overall',
] as const satisfies ReadonlyArray<keyof ScoreReveal>;

export type ScoreKey = (typeof SCORE_ORDER)[number];

/** Clamp a score to an integer in 0..100 (NaN → 0). */
export function clampScore(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.round(Math.min(100, Math.max(0, score)));
}

/** Ease-out cubic, progress in [0, 1]. */
export function easeOutCubic(progress: number): number {
  const p = Math.min(1, Math.max(0, progress));
  return 1 - (1 - p) ** 3;
}

/** The number shown while counting up to `target` at `progress` (0..1): an integer. */
export function countUp(target: number, progress: number): number {
  return Math.round(clampScore(target) * easeOutCubic(progress));
}

/** Letter grades of the overall score. */
export type Grade = 'S' | 'A' | 'B' | 'C' | 'D';

/** The grade of a score: S ≥ 90, A ≥ 80, B ≥ 70, C ≥ 60, else D. */
export function gradeOf(score: number): Grade {
  const s = clampScore(score);
  if (s >= 90) return 'S';
  if (s >= 80) return 'A';
  if (s >= 70) return 'B';
  if (s >= 60) return 'C';
  return 'D';
}

/** Stars (0..3) for the overall score: one per 30 points from 30 — 90 earns all three. */
export function starsOf(score: number): number {
  return Math.min(3, Math.floor(clampScore(score) / 30));
}

/** Colour of a score bar: red below 60, amber below 80, green from 80. */
export function scoreColor(score: number): number {
  const s = clampScore(score);
  if (s >= 80) return 0x2fb36d;
  if (s >= 60) return 0xf0a020;
  return 0xe5484d;
}

/** The start delay (ms) of each score's reveal: one after the other, overall after a pause. */
export function revealDelay(index: number, stepMs = 450, pauseMs = 350): number {
  const i = Math.max(0, Math.floor(index));
  return i * stepMs + (i >= SCORE_ORDER.length - 1 ? pauseMs : 0);
}
