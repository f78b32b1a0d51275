/**
 * The Howler sound bank. Howler is loaded lazily on unlock() (the first user gesture), so it
 * costs nothing before the menu is usable and no sound can play before the gesture (autoplay
 * rules). Tests inject a Howl factory; the browser gets the real Howler (howlerFactory.ts).
 */
import type { SessionCue } from '../core/session/contract';
import type { SoundBank, SoundName } from './contract';
import { soundForCue } from './cues';
import { soundFileName } from './recipes';

/** The part of a Howl the bank uses. */
export interface HowlLike {
  play(): unknown;
  volume(volume: number): unknown;
  mute(muted: boolean): unknown;
  unload?(): unknown;
}

/** Makes one playable sound from its URLs. */
export type HowlFactory = (name: SoundName, urls: string[]) => HowlLike;

export interface SoundBankOptions {
  /** Loads the Howl factory (default: the real Howler, imported on demand). */
  loadFactory?: () => Promise<HowlFactory>;
  /** URL prefix of assets/sounds (default: Vite's BASE_URL). */
  baseUrl?: string;
  /** Monotonic milliseconds, for rate limiting (default: performance.now). */
  now?: () => number;
  /** The same sound is not replayed within this many ms (a Double Eleven wave of 叮咚). */
  minIntervalMs?: number;
  volume?: number;
  muted?: boolean;
}

/** A SoundBank that can also say whether it is unlocked and wait for its sounds to load. */
export interface HowlerSoundBank extends SoundBank {
  readonly unlocked: boolean;
  /** Resolves once unlock() has loaded every sound (rejects if Howler failed to load). */
  ready(): Promise<void>;
  /** Unload all sounds. */
  dispose(): void;
}

export const SOUND_NAMES: readonly SoundName[] = [
  'message',
  'buyerLeft',
  'orderPaid',
  'patienceWarning',
];

const DEFAULT_MIN_INTERVAL_MS = 150;

/** Clamp a volume to [0, 1]; non-finite values are rejected (null). */
export function clampVolume(volume: number): number | null {
  if (!Number.isFinite(volume)) return null;
  return Math.min(1, Math.max(0, volume));
}

const defaultLoadFactory = async (): Promise<HowlFactory> =>
  (await import('./howlerFactory')).howlerFactory;

/** Create the sound bank (nothing is loaded and nothing plays until unlock()). */
export function createSoundBank(options: SoundBankOptions = {}): HowlerSoundBank {
  const loadFactory = options.loadFactory ?? defaultLoadFactory;
  const baseUrl = options.baseUrl ?? import.meta.env.BASE_URL;
  const now = options.now ?? (() => performance.now());
  const minInterval = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
  let volume = clampVolume(options.volume ?? 1) ?? 1;
  let muted = options.muted ?? false;
  let unlocked = false;
  let loading: Promise<void> | null = null;
  const howls = new Map<SoundName, HowlLike>();
  const pending = new Set<SoundName>();
  const lastPlayed = new Map<SoundName, number>();

  const audible = (): boolean => !muted && volume > 0;

  const playNow = (name: SoundName): void => {
    const howl = howls.get(name);
    if (!howl) return;
    const t = now();
    const last = lastPlayed.get(name);
    if (last !== undefined && t - last < minInterval) return;
    lastPlayed.set(name, t);
    howl.play();
  };

  const load = async (): Promise<void> => {
    const factory = await loadFactory();
    for (const name of SOUND_NAMES) {
      const howl = factory(name, [`${baseUrl}sounds/${soundFileName(name)}`]);
      howl.volume(volume);
      howl.mute(muted);
      howls.set(name, howl);
    }
    const queued = [...pending];
    pending.clear();
    if (audible()) queued.forEach(playNow);
  };

  const bank: HowlerSoundBank = {
    get volume() {
      return volume;
    },
    get muted() {
      return muted;
    },
    get unlocked() {
      return unlocked;
    },
    unlock() {
      if (unlocked) return;
      unlocked = true;
      loading = load();
      // A failed load leaves the game silent rather than broken; ready() still reports it.
      loading.catch(() => undefined);
    },
    ready() {
      return loading ?? Promise.reject(new Error('the sound bank is locked until unlock()'));
    },
    play(name) {
      if (!unlocked || !audible()) return;
      if (howls.size === 0) pending.add(name);
      else playNow(name);
    },
    onCue(cue: SessionCue) {
      const name = soundForCue(cue);
      if (name) bank.play(name);
    },
    setVolume(next) {
      const clamped = clampVolume(next);
      if (clamped === null) return;
      volume = clamped;
      howls.forEach((h) => h.volume(volume));
    },
    setMuted(next) {
      muted = next;
      howls.forEach((h) => h.mute(muted));
    },
    dispose() {
      howls.forEach((h) => h.unload?.());
      howls.clear();
      pending.clear();
    },
  };
  return bank;
}
