/**
 * The contract between the DOM shell (src/ui, src/main.ts) and the Phaser game layer
 * (src/game). The game layer is loaded lazily (dynamic import) so that the menu is usable fast.
 * It draws around the DOM workbench; it never owns state: it renders what it is given.
 */
import type { SessionCue, TraineeView } from '../core/session/contract';

export type GameSceneName = 'menu' | 'floor' | 'results';

/** Scores to reveal on the results screen (0..100). */
export interface ScoreReveal {
  responseTime: number;
  courtesy: number;
  objectionHandling: number;
  closing: number;
  overall: number;
}

export interface GameLayer {
  /** Switch to a scene (boot and preload run once, first). */
  show(scene: GameSceneName): void;
  /** Render the shop floor from a snapshot: buyers arriving, waiting, leaving; moods; the clock. */
  render(view: TraineeView): void;
  /** React to a cue (animation only; sound is the audio adapter's job). */
  cue(cue: SessionCue): void;
  /** Animate the score reveal on the results scene. */
  revealScores(scores: ScoreReveal): void;
  /** Labels drawn by Phaser come from i18next through this function. */
  setTranslator(t: (key: string, params?: Record<string, unknown>) => string): void;
  /**
   * Where on the canvas (CSS px, relative to the parent) the shop floor's buyers walk: the part
   * the DOM workbench leaves visible. null restores the default band along the top.
   */
  setFloorArea?(area: { x: number; y: number; width: number; height: number } | null): void;
  /** Which renderer Phaser chose ('webgl', or 'canvas' where WebGL is unavailable). */
  readonly renderer?: 'webgl' | 'canvas';
  destroy(): void;
}

/** Signature of src/game/mount.ts's default export. */
export type MountGameLayer = (parent: HTMLElement) => Promise<GameLayer>;
