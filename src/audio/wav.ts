/**
 * A minimal RIFF/WAVE encoder: mono, 16-bit signed PCM, little-endian. Written by hand so that
 * the repository's sounds are synthesised here and never downloaded.
 */

/**
 * Encode mono samples in [-1, 1] as a 16-bit PCM WAV file.
 * Values outside the range are clipped; NaN becomes silence. Deterministic: same samples, same bytes.
 */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  if (!Number.isInteger(sampleRate) || sampleRate <= 0) {
    throw new RangeError(`sample rate must be a positive integer, got ${sampleRate}`);
  }
  const bytesPerSample = 2;
  const dataSize = samples.length * bytesPerSample;
  const buffer = new ArrayBuffer(44 + dataSize);
  const view = new DataView(buffer);
  const ascii = (offset: number, text: string): void => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataSize, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * bytesPerSample, true); // byte rate
  view.setUint16(32, bytesPerSample, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataSize, true);
  for (let i = 0; i < samples.length; i++) {
    view.setInt16(44 + i * bytesPerSample, toInt16(samples[i] ?? 0), true);
  }
  return new Uint8Array(buffer);
}

/** Quantise one sample in [-1, 1] to a signed 16-bit integer (clipped, NaN → 0). */
export function toInt16(sample: number): number {
  if (Number.isNaN(sample)) return 0;
  const clipped = Math.max(-1, Math.min(1, sample));
  return Math.round(clipped * 32767);
}

/** The fields of a WAV header, read back (for tests and sanity checks). */
export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  frames: number;
}

/** Read the header of a PCM WAV produced by {@link encodeWav}; throws on anything else. */
export function readWavInfo(bytes: Uint8Array): WavInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number): string =>
    String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 44 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE' || tag(36) !== 'data') {
    throw new Error('not a PCM WAV file');
  }
  const channels = view.getUint16(22, true);
  const bitsPerSample = view.getUint16(34, true);
  return {
    sampleRate: view.getUint32(24, true),
    channels,
    bitsPerSample,
    frames: view.getUint32(40, true) / (channels * (bitsPerSample / 8)),
  };
}
