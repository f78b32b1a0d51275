import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FLOOR_BAND,
  canvasSize,
  defaultFloorArea,
} from '../../../src/game/logic/canvasSize';

describe('canvasSize', () => {
  it('fills the parent on the title and results screens', () => {
    expect(canvasSize('menu', 1280, 800, null)).toEqual({ width: 1280, height: 800 });
    expect(canvasSize('results', 1280.4, 799.6, { x: 0, y: 0, width: 10, height: 10 })).toEqual({
      width: 1280,
      height: 800,
    });
  });

  it('shrinks to the floor band during play', () => {
    expect(canvasSize('floor', 1280, 800, null)).toEqual({
      width: 1280,
      height: DEFAULT_FLOOR_BAND,
    });
    expect(canvasSize('floor', 1280, 800, { x: 0, y: 10, width: 1280, height: 120.5 })).toEqual({
      width: 1280,
      height: 131,
    });
    expect(canvasSize('floor', 1280, 60, null)).toEqual({ width: 1280, height: 60 });
  });

  it('never returns an empty canvas', () => {
    expect(canvasSize('menu', 0, 0, null)).toEqual({ width: 1, height: 1 });
    expect(defaultFloorArea(640)).toEqual({ x: 0, y: 0, width: 640, height: DEFAULT_FLOOR_BAND });
  });
});
