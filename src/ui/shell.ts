/** The lazily mounted Phaser game layer and Howler sound bank (either may be missing). */
import type { SoundBank } from '../audio/contract';
import type { GameLayer, MountGameLayer } from '../game/contract';
import { t } from '../i18n';
import { savedSound } from '../storage/settings';

export interface Shell {
  game: GameLayer | null;
  sound: SoundBank | null;
}

const loadGame = (): Promise<{ default: MountGameLayer }> => import('../game/mount');
const loadAudio = (): Promise<{ createSoundBank(): SoundBank }> => import('../audio/index');

/** Resolves once the page has painted (a frame, then a task), so lazy chunks never delay the menu. */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Mounts the game layer behind the DOM and the sound bank; failures leave them null. */
export async function mountGame(shell: Shell): Promise<void> {
  await afterFirstPaint();
  const parent = document.getElementById('game');
  if (parent) {
    try {
      const layer = await (await loadGame()).default(parent);
      layer.setTranslator((key, params) => t(key, params));
      shell.game = layer;
    } catch {
      shell.game = null;
    }
  }
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
