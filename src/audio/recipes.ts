/**
 * The four game sounds as synthesis recipes (see synth.ts). Rendered to assets/sounds/*.wav by
 * `npm run gen:sounds`; the SoundBank plays those files.
 */
import type { SoundName } from './contract';
import type { Note, Recipe } from './synth';

/** Bell-like harmonic series for chimes. */
const CHIME: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [2, 0.32],
  [3, 0.1],
  [4.2, 0.04],
];
/** Odd harmonics: a soft, square-ish buzz for warnings. */
const BUZZ: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [3, 0.3],
  [5, 0.12],
  [7, 0.05],
];

const E6 = 1318.51;
const C6 = 1046.5;
const G6 = 1567.98;
const C7 = 2093.0;
const G5 = 783.99;
const C5 = 523.25;
const G4 = 392.0;

const chime = (start: number, freq: number, dur: number, decay: number, gain = 1): Note => ({
  start,
  freq,
  dur,
  gain,
  attack: 0.004,
  decay,
  partials: CHIME,
});

/** Every sound's recipe, by name. */
export const SOUND_RECIPES: Readonly<Record<SoundName, Recipe>> = {
  /** 叮咚: the familiar two-tone new-message chime, a falling major third. */
  message: {
    duration: 0.95,
    peak: 0.7,
    notes: [chime(0, E6, 0.5, 0.16), chime(0.17, C6, 0.78, 0.3)],
  },
  /** A buyer left: two soft falling notes with a downward glide, like a door closing. */
  buyerLeft: {
    duration: 0.7,
    peak: 0.55,
    notes: [
      { ...chime(0, G5, 0.3, 0.14, 0.8), glideTo: G5 * 0.94 },
      { ...chime(0.16, C5, 0.52, 0.2), glideTo: C5 * 0.9 },
    ],
  },
  /** Order paid: a quick rising arpeggio with an FM sparkle on the top note, like a till. */
  orderPaid: {
    duration: 0.9,
    peak: 0.65,
    notes: [
      chime(0, C6, 0.2, 0.09, 0.7),
      chime(0.065, E6, 0.2, 0.09, 0.7),
      chime(0.13, G6, 0.2, 0.09, 0.7),
      { ...chime(0.2, C7, 0.7, 0.22), fm: { ratio: 1.5, index: 1.2, decay: 0.12 } },
    ],
  },
  /** Patience warning: two short low buzzes, noticeable without being alarming. */
  patienceWarning: {
    duration: 0.45,
    peak: 0.5,
    notes: [
      { start: 0, freq: G4, dur: 0.13, gain: 1, attack: 0.006, decay: 0.09, partials: BUZZ },
      { start: 0.19, freq: G4, dur: 0.15, gain: 1, attack: 0.006, decay: 0.1, partials: BUZZ },
    ],
  },
};

/** File name of a sound under assets/sounds/. */
export const soundFileName = (name: SoundName): string => `${name}.wav`;
