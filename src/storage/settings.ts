/** Small settings kept in localStorage: chosen language, quick phrases, volume and mute. */

const PREFIX = 'kefu-dojo.';

function read(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(PREFIX + key, value);
  } catch {
    // Storage full or disabled: the setting lasts for this page only.
  }
}

export function savedLanguage(): string | null {
  return read('language');
}

export function saveLanguage(locale: string): void {
  write('language', locale);
}

/** The trainee's quick phrases for a locale, or null when never edited. */
export function savedQuickPhrases(locale: string): string[] | null {
  const raw = read(`quickPhrases.${locale}`);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) && parsed.every((p) => typeof p === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

export function saveQuickPhrases(locale: string, phrases: readonly string[]): void {
  write(`quickPhrases.${locale}`, JSON.stringify(phrases));
}

export interface SoundSettings {
  volume: number;
  muted: boolean;
}

export function savedSound(): SoundSettings {
  const volume = Number(read('volume') ?? '0.7');
  return {
    volume: Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 0.7,
    muted: read('muted') === '1',
  };
}

export function saveSound(settings: SoundSettings): void {
  write('volume', String(settings.volume));
  write('muted', settings.muted ? '1' : '0');
}
