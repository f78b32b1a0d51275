/**
 * The bridge between the GameLayer API (called by the DOM shell) and the Phaser scenes: it keeps
 * the latest view, scores and translator, and tells subscribed scenes when they change. The
 * layer never owns game state; it only remembers what it was last given to draw.
 */
import type { SessionCue, TraineeView } from '../core/session/contract';
import type { ScoreReveal } from './contract';
import type { Rect } from './logic/floorLayout';
import { fallbackTranslate, type Translate } from './translate';

export interface BridgeEvents {
  view: TraineeView;
  cue: SessionCue;
  scores: ScoreReveal;
  translator: Translate;
  floorArea: Rect | null;
}

type Listener<T> = (value: T) => void;

export class LayerBridge {
  view: TraineeView | null = null;
  scores: ScoreReveal | null = null;
  t: Translate = fallbackTranslate;
  /** The part of the canvas the shop floor's buyers walk in (null: the default band). */
  floorArea: Rect | null = null;
  private readonly listeners = new Map<keyof BridgeEvents, Set<Listener<never>>>();

  /** Subscribe to an event; returns the unsubscribe function. */
  on<K extends keyof BridgeEvents>(event: K, listener: Listener<BridgeEvents[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  emit<K extends keyof BridgeEvents>(event: K, value: BridgeEvents[K]): void {
    if (event === 'view') this.view = value as TraineeView;
    if (event === 'scores') this.scores = value as ScoreReveal;
    if (event === 'translator') this.t = value as Translate;
    if (event === 'floorArea') this.floorArea = value as Rect | null;
    for (const listener of this.listeners.get(event) ?? [])
      (listener as Listener<BridgeEvents[K]>)(value);
  }

  clear(): void {
    this.listeners.clear();
  }
}
