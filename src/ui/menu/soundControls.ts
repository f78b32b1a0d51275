/** Volume and mute (settings saved in localStorage; applied to the Howler sound bank). */
import { t } from '../../i18n';
import type { SoundSettings } from '../../storage/settings';
import { h } from '../dom';

/** A mute toggle and a volume slider. */
export function soundControls(
  settings: SoundSettings,
  onChange: (s: SoundSettings) => void,
): HTMLElement {
  const current = { ...settings };
  const mute = h('button', {
    class: 'chip',
    testid: 'sound-mute',
    text: current.muted ? `🔇 ${t('sound.off')}` : `🔊 ${t('sound.on')}`,
    attrs: { type: 'button', 'aria-pressed': current.muted, title: t('sound.mute') },
    on: {
      click: () => {
        current.muted = !current.muted;
        mute.textContent = current.muted ? `🔇 ${t('sound.off')}` : `🔊 ${t('sound.on')}`;
        mute.setAttribute('aria-pressed', String(current.muted));
        onChange({ ...current });
      },
    },
  });
  const volume = h('input', {
    testid: 'sound-volume',
    attrs: {
      type: 'range',
      min: 0,
      max: 100,
      step: 5,
      value: Math.round(current.volume * 100),
      'aria-label': t('sound.volume'),
    },
    on: {
      change: () => {
        current.volume = Number(volume.value) / 100;
        onChange({ ...current });
      },
    },
  });
  return h('div', { class: 'settings' }, mute, h('label', {}, t('sound.volume'), ' ', volume));
}
