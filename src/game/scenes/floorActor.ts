/**
 * One buyer on the shop floor: the figure, the mood bubble, the typing dots and the waiting
 * timer, as a Phaser container. Knows how to walk in, move, walk out and react to cues.
 */
import Phaser from 'phaser';
import type { Mood } from '../../core/session/contract';
import { buyerKey } from '../art';
import { formatDuration, type WaitLevel } from '../logic/clock';
import { BUBBLE_OVERLAP, BUYER_HEIGHT, type FloorActor } from '../logic/floorLayout';
import { moodBubbleKey } from '../logic/mood';
import { FONT_FAMILY } from './keys';

const WAIT_COLOURS: Readonly<Record<WaitLevel, string>> = {
  ok: '#4b5563',
  amber: '#c97700',
  red: '#e5484d',
};

/** Below this scale the waiting timer is not drawn over the buyer. */
const TIMER_MIN_SCALE = 0.8;

export class FloorActorSprite {
  readonly container: Phaser.GameObjects.Container;
  private readonly bubble: Phaser.GameObjects.Image;
  private readonly typing: Phaser.GameObjects.Image;
  private readonly timer: Phaser.GameObjects.Text;
  private readonly bag: Phaser.GameObjects.Image;
  private mood: Mood | null = null;
  private timerText = '';
  private target = { x: 0, y: 0 };
  leaving = false;

  constructor(
    private readonly scene: Phaser.Scene,
    actor: FloorActor,
    door: { x: number; y: number },
  ) {
    const figure = scene.add.image(0, 0, buyerKey(actor.look)).setOrigin(0.5, 1);
    this.bag = scene.add.image(20, -22, 'bag').setOrigin(0.5, 1).setVisible(false);
    this.bubble = scene.add
      .image(0, -BUYER_HEIGHT + BUBBLE_OVERLAP, 'bubble-neutral')
      .setOrigin(0.5, 1);
    this.typing = scene.add
      .image(22, -BUYER_HEIGHT + 8, 'typing')
      .setOrigin(0, 1)
      .setVisible(false);
    this.timer = scene.add
      .text(0, -34, '', {
        fontFamily: FONT_FAMILY,
        fontSize: '15px',
        fontStyle: 'bold',
        color: WAIT_COLOURS.ok,
        backgroundColor: '#ffffffcc',
        padding: { x: 4, y: 1 },
      })
      .setOrigin(0.5, 1);
    this.container = scene.add.container(door.x, door.y, [
      figure,
      this.bag,
      this.bubble,
      this.typing,
      this.timer,
    ]);
    this.container.setScale(actor.scale).setAlpha(0);
    this.target = { x: door.x, y: door.y };
    this.update(actor);
    this.moveTo(actor, 900, 'Sine.easeOut');
    scene.tweens.add({ targets: this.container, alpha: 1, duration: 350 });
  }

  /** Refresh mood, typing, timer and order from the actor. */
  update(actor: FloorActor): void {
    if (actor.mood !== this.mood) {
      const key = moodBubbleKey(actor.mood);
      this.bubble.setVisible(key !== null);
      if (key) this.bubble.setTexture(key);
      if (this.mood !== null) this.pop(this.bubble);
      this.mood = actor.mood;
    }
    this.typing.setVisible(actor.typing && !this.leaving);
    this.bag.setVisible(actor.order === 'paid');
    // The timer needs room: on a crowded or short floor the workbench's list shows it instead.
    const text =
      actor.waitingMs === null || actor.scale < TIMER_MIN_SCALE
        ? ''
        : formatDuration(actor.waitingMs);
    if (text !== this.timerText) {
      this.timerText = text;
      this.timer.setText(text).setVisible(text !== '');
      this.timer.setColor(WAIT_COLOURS[actor.waitLevel ?? 'ok']);
    }
    this.container.setDepth(1000 - actor.row * 10 + actor.x / 10000);
  }

  /** Walk to the actor's slot if it moved. */
  moveTo(actor: FloorActor, duration = 400, ease = 'Sine.easeInOut'): void {
    if (this.leaving) return;
    if (actor.x === this.target.x && actor.y === this.target.y) {
      this.container.setScale(actor.scale);
      return;
    }
    this.target = { x: actor.x, y: actor.y };
    this.scene.tweens.killTweensOf(this.container);
    this.scene.tweens.add({
      targets: this.container,
      x: actor.x,
      y: actor.y,
      scale: actor.scale,
      alpha: 1,
      duration,
      ease,
    });
  }

  /** Walk out through the door and disappear; `onGone` runs once the sprite is destroyed. */
  leave(actor: FloorActor, door: { x: number; y: number }, onGone: () => void): void {
    if (this.leaving) return;
    this.leaving = true;
    this.update(actor);
    this.timer.setVisible(false);
    this.typing.setVisible(false);
    if (actor.outcome === 'leftAngry' || actor.outcome === 'complaint') this.shake();
    this.scene.tweens.killTweensOf(this.container);
    this.scene.tweens.add({
      targets: this.container,
      x: door.x,
      y: door.y,
      delay: 500,
      duration: 1100,
      ease: 'Sine.easeIn',
      onComplete: () => {
        this.scene.tweens.add({
          targets: this.container,
          alpha: 0,
          duration: 300,
          onComplete: () => {
            this.destroy();
            onGone();
          },
        });
      },
    });
  }

  /** A new message: the bubble hops. */
  hop(): void {
    this.pop(this.bubble);
  }

  /** Patience running out: a shake and a flashing timer. */
  warn(): void {
    this.shake();
    this.scene.tweens.add({
      targets: this.timer,
      scale: 1.35,
      duration: 160,
      yoyo: true,
      repeat: 2,
    });
  }

  /** Order paid: a coin rises from the buyer. */
  paid(): void {
    const { x, y, scale } = this.container;
    const coin = this.scene.add.image(x, y - BUYER_HEIGHT * scale, 'coin').setDepth(2000);
    this.scene.tweens.add({
      targets: coin,
      y: coin.y - 46,
      alpha: 0,
      duration: 1100,
      ease: 'Cubic.easeOut',
      onComplete: () => coin.destroy(),
    });
  }

  destroy(): void {
    this.scene.tweens.killTweensOf(this.container);
    this.container.destroy(true);
  }

  private pop(target: Phaser.GameObjects.Image): void {
    this.scene.tweens.add({ targets: target, scale: 1.25, duration: 130, yoyo: true });
  }

  private shake(): void {
    this.scene.tweens.add({
      targets: this.container,
      angle: { from: -4, to: 4 },
      duration: 70,
      yoyo: true,
      repeat: 3,
      onComplete: () => this.container.setAngle(0),
    });
  }
}
