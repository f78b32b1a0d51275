import { describe, expect, it } from 'vitest';
import { chooseRenderer } from '../../../src/game/logic/renderer';

describe('chooseRenderer', () => {
  it('uses WebGL on a real GPU', () => {
    expect(
      chooseRenderer({ available: true, fast: true, rendererName: 'ANGLE (NVIDIA GeForce)' }),
    ).toBe('webgl');
    expect(chooseRenderer({ available: true, fast: true })).toBe('webgl');
  });

  it('falls back to Canvas without WebGL or with software WebGL', () => {
    expect(chooseRenderer({ available: false, fast: false })).toBe('canvas');
    expect(chooseRenderer({ available: true, fast: false })).toBe('canvas');
    expect(
      chooseRenderer({
        available: true,
        fast: true,
        rendererName: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))',
      }),
    ).toBe('canvas');
    expect(
      chooseRenderer({ available: true, fast: true, rendererName: 'llvmpipe (LLVM 15.0.6)' }),
    ).toBe('canvas');
  });

  it('obeys ?renderer= and ignores other values', () => {
    expect(chooseRenderer({ available: true, fast: true }, 'canvas')).toBe('canvas');
    expect(chooseRenderer({ available: false, fast: false }, 'webgl')).toBe('webgl');
    expect(chooseRenderer({ available: false, fast: false }, 'bogus')).toBe('canvas');
  });
});
