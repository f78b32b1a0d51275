/** The lazily mounted Phaser game layer and Howler sound bank (either may be missing). */
import type { SoundBank } from '../audio/contract';
import type { GameLayer, MountGameLayer } from '../game/contract';
import { t } from '../i18n';
import { savedSound } from '../storage/settings';

export interface Shell {
  game: GameLayer | null;
  sound: SoundBank | null;
}

const gameFiles = import.meta.glob<{ default: MountGameLayer }>('/src/game/mount.ts');
const audioFiles = import.meta.glob<{ createSoundBank(): SoundBank }>('/src/audio/index.ts');

/** Mounts the game layer behind the DOM and the sound bank; failures leave them null. */
export async function mountGame(shell: Shell): Promise<void> {
  const parent = document.getElementById('game');
  const loadGame = Object.values(gameFiles)[0];
  if (parent && loadGame) {
    try {
      const layer = await (await loadGame()).default(parent);
      layer.setTranslator((key, params) => t(key, params));
      shell.game = layer;
    } catch {
      shell.game = null;
    }
  }
  const loadAudio = Object.values(audioFiles)[0];
  if (loadAudio) {
    try {
      const bank = (await loadAudio()).createSoundBank();
      const settings = savedSound();
      bank.setVolume(settings.volume);
      bank.setMuted(settings.muted);
      const unlock = (): void => {
        bank.unlock();
        window.removeEventListener('pointerdown', unlock);
        window.removeEventListener('keydown', unlock);
      };
      window.addEventListener('pointerdown', unlock);
      window.addEventListener('keydown', unlock);
      shell.sound = bank;
    } catch {
      shell.sound = null;
    }
  }
}
