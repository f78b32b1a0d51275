/**
 * How big the game canvas is in each scene. The title and results scenes fill the parent; the
 * shop floor only needs the band the workbench leaves free, so during play the canvas shrinks
 * to that band: a tenth of the pixels to draw and composite on every frame, which keeps the
 * chat's keypress-to-bubble time low (the DOM page background shows around the workbench).
 */
import type { GameSceneName } from '../contract';
import type { Rect } from './floorLayout';

/** Height of the default floor band along the top (the workbench's top inset). */
export const DEFAULT_FLOOR_BAND = 84;

/** The default floor area: a band along the top of the canvas. */
export function defaultFloorArea(width: number): Rect {
  return { x: 0, y: 0, width, height: DEFAULT_FLOOR_BAND };
}

/** The canvas size (CSS px) for `scene` in a parent of `width` × `height`. */
export function canvasSize(
  scene: GameSceneName,
  width: number,
  height: number,
  floorArea: Rect | null,
): { width: number; height: number } {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  if (scene !== 'floor') return { width: w, height: h };
  const area = floorArea ?? defaultFloorArea(w);
  return { width: w, height: Math.max(1, Math.min(h, Math.ceil(area.y + area.height))) };
}
