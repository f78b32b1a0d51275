/**
 * Tiny additive/FM synthesiser for the game's four sounds. Pure and deterministic: the same
 * recipe always yields the same samples (no randomness, no clock), so `npm run gen:sounds`
 * rewrites byte-identical files.
 */

/** Sample rate of every generated sound (Hz): small files, plenty for UI chimes. */
export const SAMPLE_RATE = 22050;

/** One voice of a sound: a tone with an envelope, optional harmonics, glide and FM. */
export interface Note {
  /** Start time in seconds. */
  start: number;
  /** Frequency in Hz at the start. */
  freq: number;
  /** Frequency reached at the end of the note (linear glide); defaults to `freq`. */
  glideTo?: number;
  /** Length in seconds; the envelope is cut (with a short release) at the end. */
  dur: number;
  /** Peak amplitude before the final normalisation. */
  gain: number;
  /** Attack time in seconds (linear rise). */
  attack: number;
  /** Exponential decay time constant in seconds after the attack. */
  decay: number;
  /** Harmonics as [frequency ratio, relative amplitude]; defaults to a pure sine. */
  partials?: ReadonlyArray<readonly [number, number]>;
  /** Frequency modulation: modulator at freq × ratio, index decaying with its own time constant. */
  fm?: { ratio: number; index: number; decay: number };
}

/** A whole sound: its voices and total length. */
export interface Recipe {
  duration: number;
  notes: readonly Note[];
  /** Peak level after normalisation (0..1). */
  peak: number;
}

const TAU = Math.PI * 2;
const RELEASE_S = 0.012;

/** Envelope of a note at time `t` seconds after its start (0 outside the note). */
export function envelope(note: Note, t: number): number {
  if (t < 0 || t >= note.dur) return 0;
  const rise = note.attack > 0 ? Math.min(1, t / note.attack) : 1;
  const fall = t > note.attack ? Math.exp(-(t - note.attack) / note.decay) : 1;
  const release = Math.min(1, (note.dur - t) / RELEASE_S);
  return rise * fall * release;
}

function addNote(out: Float32Array, note: Note, sampleRate: number): void {
  const first = Math.round(note.start * sampleRate);
  const count = Math.round(note.dur * sampleRate);
  const partials = note.partials ?? [[1, 1] as const];
  const end = note.glideTo ?? note.freq;
  let phase = 0;
  let modPhase = 0;
  for (let i = 0; i < count && first + i < out.length; i++) {
    const t = i / sampleRate;
    const freq = note.freq + (end - note.freq) * (t / note.dur);
    let fm = 0;
    if (note.fm) {
      const index = note.fm.index * Math.exp(-t / note.fm.decay);
      fm = index * Math.sin(modPhase);
      modPhase += (TAU * freq * note.fm.ratio) / sampleRate;
    }
    let value = 0;
    for (const [ratio, amp] of partials) value += amp * Math.sin(phase * ratio + fm);
    phase += (TAU * freq) / sampleRate;
    const index = first + i;
    out[index] = (out[index] ?? 0) + value * note.gain * envelope(note, t);
  }
}

/** Render a recipe to mono samples in [-1, 1], normalised to the recipe's peak. */
export function render(recipe: Recipe, sampleRate: number = SAMPLE_RATE): Float32Array {
  const out = new Float32Array(Math.round(recipe.duration * sampleRate));
  for (const note of recipe.notes) addNote(out, note, sampleRate);
  let max = 0;
  for (const v of out) max = Math.max(max, Math.abs(v));
  if (max > 0) {
    const scale = recipe.peak / max;
    for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) * scale;
  }
  return out;
}
