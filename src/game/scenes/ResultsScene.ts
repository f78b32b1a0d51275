/**
 * The results: a scoreboard along the top of the screen where the five scores are revealed
 * one after the other (rings filling, numbers counting up), then the grade and stars, and
 * confetti for a good shift. The DOM report (numbers, KPIs, transcript) sits below it.
 */
import Phaser from 'phaser';
import { createRng } from '../../core/random';
import { CONFETTI_COLOURS } from '../art/effects';
import type { ScoreReveal } from '../contract';
import type { LayerBridge } from '../bridge';
import {
  SCORE_ORDER,
  clampScore,
  countUp,
  easeOutCubic,
  gradeOf,
  revealDelay,
  scoreColor,
  starsOf,
  type ScoreKey,
} from '../logic/scores';
import { FONT_FAMILY, SCENE_KEYS } from './keys';

/** Height of the scoreboard band (the shell leaves it free above the report). */
export const SCOREBOARD_HEIGHT = 150;
const REVEAL_MS = 900;
const SLOT = 150;
const OVERALL_SLOT = 260;

export class ResultsScene extends Phaser.Scene {
  private objects: Phaser.GameObjects.GameObject[] = [];
  private unsubscribe: Array<() => void> = [];

  constructor(private readonly bridge: LayerBridge) {
    super({ key: SCENE_KEYS.results });
  }

  create(): void {
    this.objects = [];
    this.add.tileSprite(0, 0, this.scale.width, this.scale.height, 'floor').setOrigin(0, 0);
    this.unsubscribe.push(
      this.bridge.on('scores', (scores) => this.reveal(scores)),
      this.bridge.on('translator', () => {
        if (this.bridge.scores) this.reveal(this.bridge.scores, false);
      }),
    );
    this.scale.on('resize', this.onResize, this);
    this.events.once('shutdown', () => {
      this.scale.off('resize', this.onResize, this);
      this.unsubscribe.forEach((off) => off());
      this.unsubscribe = [];
      this.objects = [];
    });
    if (this.bridge.scores) this.reveal(this.bridge.scores);
  }

  private onResize(): void {
    this.scene.restart();
  }

  private track<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.objects.push(object);
    return object;
  }

  /** Draw the scoreboard and animate the scores (or show them at once when `animate` is false). */
  private reveal(scores: ScoreReveal, animate = true): void {
    this.tweens.killAll();
    this.objects.forEach((o) => o.destroy());
    this.objects = [];
    const { width } = this.scale;
    const height = SCOREBOARD_HEIGHT;
    const board = this.track(this.add.graphics());
    board.fillStyle(0xff5000, 1).fillRect(0, 0, width, height);
    board.fillStyle(0xffffff, 0.12).fillRect(0, 0, width, 30);
    board.fillStyle(0xffc53d, 1).fillRect(0, height - 4, width, 4);
    this.track(
      this.add
        .text(16, 10, this.bridge.t('game:results.title'), {
          fontFamily: FONT_FAMILY,
          fontSize: '17px',
          fontStyle: 'bold',
          color: '#ffffff',
        })
        .setOrigin(0, 0),
    );
    const total = Math.min(width - 32, SLOT * 4 + OVERALL_SLOT);
    const slot = ((total - OVERALL_SLOT) / 4) | 0;
    const left = (width - total) / 2;
    SCORE_ORDER.slice(0, 4).forEach((key, i) => {
      this.gauge(
        key,
        scores[key],
        i,
        left + slot * (i + 0.5),
        80,
        Math.min(34, slot / 2 - 12),
        animate,
      );
    });
    this.overall(scores.overall, left + slot * 4 + OVERALL_SLOT / 2, 80, animate);
  }

  private gauge(
    key: ScoreKey,
    score: number,
    index: number,
    x: number,
    y: number,
    radius: number,
    animate: boolean,
  ): void {
    const target = clampScore(score);
    const ring = this.track(this.add.graphics());
    const number = this.track(
      this.add
        .text(x, y - 6, '0', {
          fontFamily: FONT_FAMILY,
          fontSize: '22px',
          fontStyle: 'bold',
          color: '#ffffff',
        })
        .setOrigin(0.5),
    );
    this.track(
      this.add
        .text(x, y + radius + 14, this.bridge.t(`game:results.${key}`), {
          fontFamily: FONT_FAMILY,
          fontSize: '14px',
          color: '#fff3e6',
        })
        .setOrigin(0.5),
    );
    const draw = (progress: number): void => {
      ring.clear();
      ring.fillStyle(0xffffff, 0.16).fillCircle(x, y - 6, radius);
      ring
        .lineStyle(7, 0xffffff, 0.3)
        .beginPath()
        .arc(x, y - 6, radius, 0, Math.PI * 2)
        .strokePath();
      const sweep = (Math.PI * 2 * target * easeOutCubic(progress)) / 100;
      if (sweep > 0.01) {
        const start = -Math.PI / 2;
        ring
          .lineStyle(7, scoreColor(target) === 0x2fb36d ? 0x7dffb0 : 0xffffff, 1)
          .beginPath()
          .arc(x, y - 6, radius, start, start + sweep)
          .strokePath();
      }
      number.setText(String(countUp(target, progress)));
    };
    draw(animate ? 0 : 1);
    if (!animate) return;
    this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: REVEAL_MS,
      delay: revealDelay(index),
      onUpdate: (tween) => draw(tween.getValue() ?? 0),
    });
  }

  private overall(score: number, x: number, y: number, animate: boolean): void {
    const target = clampScore(score);
    const disc = this.track(this.add.graphics());
    disc.fillStyle(0xffffff, 1).fillCircle(x - 62, y - 6, 46);
    disc.lineStyle(4, 0xffc53d, 1).strokeCircle(x - 62, y - 6, 46);
    const number = this.track(
      this.add
        .text(x - 62, y - 10, animate ? '0' : String(target), {
          fontFamily: FONT_FAMILY,
          fontSize: '38px',
          fontStyle: 'bold',
          color: '#ff5000',
        })
        .setOrigin(0.5),
    );
    this.track(
      this.add
        .text(x - 62, y + 20, this.bridge.t('game:results.overall'), {
          fontFamily: FONT_FAMILY,
          fontSize: '12px',
          color: '#8a3a12',
        })
        .setOrigin(0.5),
    );
    const grade = this.track(
      this.add
        .text(x + 50, y - 34, this.bridge.t('game:results.grade', { grade: gradeOf(target) }), {
          fontFamily: FONT_FAMILY,
          fontSize: '20px',
          fontStyle: 'bold',
          color: '#ffffff',
        })
        .setOrigin(0.5)
        .setAlpha(animate ? 0 : 1),
    );
    const stars = [0, 1, 2].map((i) =>
      this.track(
        this.add
          .image(x + 14 + i * 36, y + 6, i < starsOf(target) ? 'star' : 'star-empty')
          .setDisplaySize(34, 34)
          .setVisible(!animate),
      ),
    );
    if (!animate) return;
    const start = revealDelay(SCORE_ORDER.length - 1);
    this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: REVEAL_MS + 300,
      delay: start,
      onUpdate: (tween) => number.setText(String(countUp(target, tween.getValue() ?? 0))),
      onComplete: () => {
        this.tweens.add({ targets: number, scale: 1.2, duration: 160, yoyo: true });
        if (target >= 80) this.confetti();
      },
    });
    this.tweens.add({ targets: grade, alpha: 1, duration: 300, delay: start });
    stars.forEach((star, i) => {
      const size = star.scaleX;
      star.setScale(0);
      this.tweens.add({
        targets: star,
        scale: size,
        duration: 380,
        delay: start + REVEAL_MS + 300 + i * 180,
        ease: 'Back.easeOut',
        onStart: () => star.setVisible(true),
      });
    });
  }

  private confetti(): void {
    const rng = createRng(1111);
    const { width, height } = this.scale;
    for (let i = 0; i < 80; i++) {
      const piece = this.track(
        this.add
          .image(
            rng.next() * width,
            -10 - rng.next() * 80,
            `confetti-${i % CONFETTI_COLOURS.length}`,
          )
          .setAngle(rng.int(0, 359))
          .setDepth(5000),
      );
      this.tweens.add({
        targets: piece,
        y: height + 20,
        x: piece.x + (rng.next() - 0.5) * 160,
        angle: piece.angle + rng.int(180, 720),
        duration: 2200 + rng.next() * 1800,
        delay: rng.next() * 500,
        onComplete: () => piece.destroy(),
      });
    }
  }
}
