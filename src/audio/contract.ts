/** The contract of the Howler sound bank (src/audio). Sounds are synthesised in the repo. */
import type { SessionCue } from '../core/session/contract';

export type SoundName = 'message' | 'buyerLeft' | 'orderPaid' | 'patienceWarning';

export interface SoundBank {
  /** Call from the first user gesture: no sound plays before it (autoplay rules). */
  unlock(): void;
  play(name: SoundName): void;
  /** Map a session cue to a sound, if any. */
  onCue(cue: SessionCue): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  readonly volume: number;
  readonly muted: boolean;
}
