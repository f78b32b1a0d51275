/** URL parameters: `?lng=` (language), `?speed=` (test-only clock multiplier), `?seed=`. */

export interface PageParams {
  /** Multiplies real elapsed time on the session clock; 1 in normal play. Clamped to 1..200. */
  speed: number;
  /** A fixed seed for practice and shift (exam always uses its own fixed seed). */
  seed: number | null;
}

/** Reads the page parameters from a query string. */
export function readParams(search: string): PageParams {
  const q = new URLSearchParams(search);
  const speed = Number(q.get('speed') ?? '1');
  const seedText = q.get('seed');
  const seed = seedText !== null && /^\d+$/.test(seedText) ? Number(seedText) >>> 0 : null;
  return {
    speed: Number.isFinite(speed) && speed > 0 ? Math.min(200, Math.max(1, speed)) : 1,
    seed,
  };
}

/** The fixed seed of exam mode: the same buyers behave the same way for every trainee. */
export const EXAM_SEED = 20261111;
