import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSounds, soundBytes } from '../../../scripts/gen-sounds';
import { SOUND_NAMES } from '../../../src/audio';
import { SOUND_RECIPES } from '../../../src/audio/recipes';
import { SAMPLE_RATE, envelope, render } from '../../../src/audio/synth';
import { encodeWav, readWavInfo, toInt16 } from '../../../src/audio/wav';

describe('WAV encoding', () => {
  it('writes a valid 16-bit mono header and clips samples', () => {
    const bytes = encodeWav(new Float32Array([0, 1, -1, 2, Number.NaN]), 8000);
    expect(readWavInfo(bytes)).toEqual({
      sampleRate: 8000,
      channels: 1,
      bitsPerSample: 16,
      frames: 5,
    });
    const view = new DataView(bytes.buffer);
    expect([0, 1, 2, 3, 4].map((i) => view.getInt16(44 + i * 2, true))).toEqual([
      0, 32767, -32767, 32767, 0,
    ]);
    expect(toInt16(0.5)).toBe(16384);
  });

  it('rejects a bad sample rate', () => {
    expect(() => encodeWav(new Float32Array(1), 0)).toThrow(RangeError);
  });
});

describe('synthesised sounds', () => {
  it('regenerating gives identical bytes', () => {
    for (const name of SOUND_NAMES) {
      expect(Buffer.compare(soundBytes(name), soundBytes(name))).toBe(0);
    }
  });

  it('the committed assets/sounds files are up to date', () => {
    for (const [file, bytes] of allSounds()) {
      const committed = readFileSync(join(__dirname, '../../../assets/sounds', file));
      expect(Buffer.compare(committed, bytes), `${file} is stale: npm run gen:sounds`).toBe(0);
    }
  });

  it('every sound is short, small, audible and peaks at its recipe level', () => {
    for (const name of SOUND_NAMES) {
      const recipe = SOUND_RECIPES[name];
      const samples = render(recipe);
      const peak = samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      expect(peak).toBeCloseTo(recipe.peak, 5);
      expect(samples.length / SAMPLE_RATE).toBeLessThan(1.2);
      expect(soundBytes(name).length).toBeLessThan(60_000);
      // ends in (near) silence: no click at the end
      expect(Math.abs(samples[samples.length - 1] ?? 1)).toBeLessThan(0.01);
    }
  });

  it('the message chime is two tones: energy starts again at the second strike', () => {
    const samples = render(SOUND_RECIPES.message);
    const rms = (from: number, to: number) => {
      let sum = 0;
      for (let i = from; i < to; i++) sum += (samples[i] ?? 0) ** 2;
      return Math.sqrt(sum / (to - from));
    };
    const at = (s: number) => Math.round(s * SAMPLE_RATE);
    const beforeDong = rms(at(0.15), at(0.17));
    const afterDong = rms(at(0.18), at(0.2));
    expect(afterDong).toBeGreaterThan(beforeDong * 1.5);
  });

  it('the envelope rises, decays and is zero outside the note', () => {
    const note = { start: 0, freq: 440, dur: 0.5, gain: 1, attack: 0.01, decay: 0.1 };
    expect(envelope(note, -0.1)).toBe(0);
    expect(envelope(note, 0.5)).toBe(0);
    expect(envelope(note, 0.005)).toBeCloseTo(0.5, 5);
    expect(envelope(note, 0.01)).toBeCloseTo(1, 5);
    expect(envelope(note, 0.11)).toBeCloseTo(Math.exp(-1), 5);
  });
});
