/** The real Howler behind the SoundBank (loaded on demand by soundBank.ts). */
import { Howl } from 'howler';
import type { HowlFactory } from './soundBank';

/** Web Audio Howls of the synthesised WAV files, preloaded. */
export const howlerFactory: HowlFactory = (_name, urls) =>
  new Howl({ src: urls, format: ['wav'], preload: true, html5: false });
