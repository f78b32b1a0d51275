/** The audio adapter: a Howler sound bank reacting to session cues. */
export type { SoundBank, SoundName } from './contract';
export { createSoundBank, clampVolume, SOUND_NAMES } from './soundBank';
export type { HowlerSoundBank, HowlFactory, HowlLike, SoundBankOptions } from './soundBank';
export { soundForCue } from './cues';
