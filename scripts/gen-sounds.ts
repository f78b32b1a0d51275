/**
 * `npm run gen:sounds` — synthesise the game's sounds into assets/sounds/*.wav.
 * Deterministic: running it again writes byte-identical files. `--check` only verifies that the
 * committed files match what the recipes produce (exit 1 if not); `--out DIR` writes elsewhere.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOUND_RECIPES, soundFileName } from '../src/audio/recipes';
import { SAMPLE_RATE, render } from '../src/audio/synth';
import { encodeWav } from '../src/audio/wav';
import type { SoundName } from '../src/audio/contract';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The WAV bytes of one sound. */
export function soundBytes(name: SoundName): Uint8Array {
  return encodeWav(render(SOUND_RECIPES[name], SAMPLE_RATE), SAMPLE_RATE);
}

/** All sounds, by file name. */
export function allSounds(): Map<string, Uint8Array> {
  const names = Object.keys(SOUND_RECIPES) as SoundName[];
  return new Map(names.map((name) => [soundFileName(name), soundBytes(name)]));
}

function main(argv: string[]): number {
  const outIndex = argv.indexOf('--out');
  const outDir = outIndex >= 0 ? resolve(argv[outIndex + 1] ?? '') : join(root, 'assets', 'sounds');
  const check = argv.includes('--check');
  let stale = 0;
  if (!check) mkdirSync(outDir, { recursive: true });
  for (const [file, bytes] of allSounds()) {
    const path = join(outDir, file);
    if (check) {
      const same = existsSync(path) && Buffer.compare(readFileSync(path), bytes) === 0;
      if (!same) {
        stale++;
        process.stderr.write(`${path}: out of date — run npm run gen:sounds\n`);
      }
    } else {
      writeFileSync(path, bytes);
      process.stdout.write(`${path} (${bytes.length} bytes)\n`);
    }
  }
  return stale === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
